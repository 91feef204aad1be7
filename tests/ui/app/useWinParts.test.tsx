/**
 * The win's parts load while the game is played: once, at an idle moment after the first move
 * (or at once for a game read back with moves), never before a move.
 */
import { render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GameStore } from '../../../src/store';
import { useWinParts } from '../../../src/ui/app/useWinParts';
import { makeStore } from '../../support/store';

function Loader(props: { store: GameStore; load: () => void }) {
  useWinParts(props.store, props.load);
  return null;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('useWinParts', () => {
  it('loads nothing before a move, then once at an idle moment', () => {
    vi.useFakeTimers();
    const { store, game } = makeStore();
    const load = vi.fn();
    render(<Loader store={store} load={load} />);
    vi.advanceTimersByTime(5000);
    expect(load).not.toHaveBeenCalled();
    game().moveFrom(3);
    expect(load).not.toHaveBeenCalled();
    vi.advanceTimersByTime(5000);
    expect(load).toHaveBeenCalledTimes(1);
    game().undo();
    vi.advanceTimersByTime(5000);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads for a game that already has moves when the app opens', () => {
    vi.useFakeTimers();
    const { store, game } = makeStore();
    game().moveFrom(3);
    const load = vi.fn();
    render(<Loader store={store} load={load} />);
    vi.advanceTimersByTime(5000);
    expect(load).toHaveBeenCalledTimes(1);
  });
});
