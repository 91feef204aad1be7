/** How the app opens: the board it was asked for, else the first unsolved level; a missing level says so. */
import { describe, expect, it } from 'vitest';
import { openOnLevel } from '../../src/app/start';
import { EXAMPLE_BOARD } from '../../src/engine';
import { LEVELS } from '../../src/levels';
import { makeStore } from '../support/store';

describe('openOnLevel', () => {
  it('opens the first level when no board was asked for', () => {
    const { store, game } = makeStore();
    openOnLevel(store, {});
    expect(game().game.source).toEqual({ kind: 'level', id: LEVELS[0]!.id });
  });

  it('falls back to the first level, keeping the reason, when a linked level does not exist', () => {
    const { store, game } = makeStore();
    game().loadLevel(999);
    openOnLevel(store, {});
    expect(game().game.source).toEqual({ kind: 'level', id: LEVELS[0]!.id });
    expect(game().session.notice).toEqual({ kind: 'no-such-level', id: 999, count: LEVELS.length });
  });

  it('keeps a board, a level or the daily board that was asked for', () => {
    const { store, game } = makeStore();
    openOnLevel(store, { board: EXAMPLE_BOARD });
    expect(game().game.source).toEqual({ kind: 'custom' });
    game().loadLevel(3);
    openOnLevel(store, {});
    expect(game().game.source).toEqual({ kind: 'level', id: 3 });
  });
});
