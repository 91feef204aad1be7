/** Choosing boards in the store: levels, random boards by difficulty, the next board, and refusals as notices. */
import { describe, expect, it } from 'vitest';
import { EXAMPLE_BOARD } from '../../src/engine';
import { DIFFICULTIES, LEVELS } from '../../src/levels';
import { solve } from '../../src/solver';
import { firstUnsolvedLevel, nextLevel } from '../../src/store';
import { memoryStorage } from '../support/fakeSolver';
import { makeStore as make, settle } from '../support/store';

describe('levels', () => {
  it('starts a level with its known par, and announces a new board', () => {
    const { game } = make();
    game().loadLevel(2);
    expect(game().game).toMatchObject({
      source: { kind: 'level', id: 2 },
      start: { plates: LEVELS[1]!.plates, pebbles: LEVELS[1]!.pebbles },
    });
    expect(game().answers.par).toBe(LEVELS[1]!.par);
    expect(game().session.announcement).toEqual({ kind: 'new-board', how: 'new' });
  });

  it('refuses a level that does not exist, keeping the game', () => {
    const { game } = make();
    game().moveFrom(3);
    const before = game().game;
    game().loadLevel(999);
    expect(game().game).toBe(before);
    expect(game().session.notice).toMatchObject({ kind: 'no-such-level', id: 999, count: LEVELS.length });
  });

  it('knows the next level and the first one left to solve', async () => {
    expect(nextLevel({ kind: 'level', id: 1 })).toBe(2);
    expect(nextLevel({ kind: 'level', id: LEVELS.at(-1)!.id })).toBeNull();
    expect(nextLevel({ kind: 'custom' })).toBeNull();
    const { game } = make({ storage: memoryStorage() });
    game().loadLevel(1);
    await settle();
    for (const move of solve(game().game.board).line) game().moveFrom(move);
    await settle();
    expect(firstUnsolvedLevel(game().progress.stats!)).toBe(2);
  });

  it('announces the same board started again', () => {
    const { game } = make();
    game().moveFrom(3);
    game().newGame(EXAMPLE_BOARD);
    expect(game().game.past).toEqual([]);
    expect(game().session.announcement).toEqual({ kind: 'new-board', how: 'again' });
  });
});

describe('random boards', () => {
  it('makes a board of the difficulty with the injected randomness, saying what it prepares meanwhile', async () => {
    const { game } = make({ random: () => 0 });
    const loading = game().loadRandom('hard');
    expect(game().session.loading).toEqual({ kind: 'random', difficulty: 'hard' });
    await loading;
    expect(game().session.loading).toBeNull();
    expect(game().game.source).toEqual({ kind: 'random', difficulty: 'hard' });
    expect(solve(game().game.start).distance).toBe(DIFFICULTIES.hard.min);
    expect(game().answers.par).toBe(DIFFICULTIES.hard.min);
  });

  it('lets a newer board replace one still being made', async () => {
    const { game } = make({ random: () => 0 });
    const first = game().loadRandom('easy');
    game().loadLevel(3);
    await first;
    expect(game().game.source).toEqual({ kind: 'level', id: 3 });
  });

  it('follows a random board with another of the same difficulty', async () => {
    const { game } = make({ random: () => 0 });
    await game().loadRandom('easy');
    await game().loadNext();
    expect(game().game.source).toEqual({ kind: 'random', difficulty: 'easy' });
  });
});
