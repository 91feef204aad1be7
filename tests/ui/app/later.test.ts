/**
 * What the app starts after its first board: the rehearsal of a move waits for the first-run
 * guide to be closed (no move is made on the board before), and starts at once for a player
 * who has seen it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXAMPLE_BOARD, applyMove } from '../../../src/engine';
import { startLater } from '../../../src/ui/app/later';
import type { Later } from '../../../src/ui/app/later';
import { makeStore } from '../../support/store';

const rehearsal = vi.hoisted(() => ({ stop: vi.fn(), start: vi.fn() }));
vi.mock('../../../src/ui/board/rehearse', () => ({
  rehearseMove: (...args: unknown[]) => {
    rehearsal.start(...args);
    return rehearsal.stop;
  },
}));

const started: Later[] = [];
afterEach(() => {
  for (const later of started.splice(0)) later.stop();
  rehearsal.start.mockClear();
  rehearsal.stop.mockClear();
});

function start(guideSeen: boolean) {
  const made = makeStore({ stats: false });
  made.game().updateSettings({ guideSeen, palette: 'colour-blind' });
  const later = startLater(made.store, () => undefined, 'play');
  started.push(later);
  return { ...made, later };
}

describe('startLater: the rehearsal of a move', () => {
  it('starts at once for a player who has seen the guide, on the board shown', () => {
    start(true);
    expect(rehearsal.start).toHaveBeenCalledTimes(1);
    expect(rehearsal.start).toHaveBeenCalledWith(EXAMPLE_BOARD, 'colour-blind');
  });

  it('waits for the first-run guide to close, then rehearses on the board shown then, once', () => {
    const { game } = start(false);
    game().moveFrom(3);
    game().updateSettings({ showAll: true });
    expect(rehearsal.start).not.toHaveBeenCalled();
    game().updateSettings({ guideSeen: true });
    expect(rehearsal.start).toHaveBeenCalledTimes(1);
    expect(rehearsal.start).toHaveBeenCalledWith(applyMove(EXAMPLE_BOARD, 3), 'colour-blind');
    game().updateSettings({ showAll: false });
    expect(rehearsal.start).toHaveBeenCalledTimes(1);
  });

  it('never starts once stopped, and stops a rehearsal under way', () => {
    const first = start(false);
    first.later.stop();
    first.game().updateSettings({ guideSeen: true });
    expect(rehearsal.start).not.toHaveBeenCalled();
    const second = start(true);
    second.later.stop();
    expect(rehearsal.stop).toHaveBeenCalledTimes(1);
  });
});
