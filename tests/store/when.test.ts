/**
 * whenState: work started once, when the game's state first allows it.
 */
import { describe, expect, it, vi } from 'vitest';
import { whenState } from '../../src/store';
import { makeStore } from '../support/store';

describe('whenState', () => {
  it('runs at once, with the state, when the state is ready now', () => {
    const { store, game } = makeStore({ stats: false });
    const run = vi.fn();
    whenState(store, () => true, run);
    expect(run).toHaveBeenCalledExactlyOnceWith(game());
  });

  it('waits for the first ready state, then runs once and stops listening', () => {
    const { store, game } = makeStore({ stats: false });
    const run = vi.fn();
    whenState(store, (state) => state.game.past.length > 0, run);
    game().updateSettings({ showAll: true });
    expect(run).not.toHaveBeenCalled();
    game().moveFrom(3);
    expect(run).toHaveBeenCalledExactlyOnceWith(game());
    game().undo();
    game().moveFrom(3);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('never runs once stopped', () => {
    const { store, game } = makeStore({ stats: false });
    const run = vi.fn();
    const stop = whenState(store, (state) => state.game.past.length > 0, run);
    stop();
    game().moveFrom(3);
    expect(run).not.toHaveBeenCalled();
  });
});
