/**
 * What a game earns and how it is told: a win with the solution shown earns no stars, no best
 * and no streak day; hints keep their stars but are marked; daily boards named by their date;
 * par that cannot be known; a board that starts solved; moves announced with the pebble colour.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Board } from '../../src/engine';
import { EXAMPLE_BOARD, holeOf } from '../../src/engine';
import { dailyDistance, dailySeed } from '../../src/levels';
import { generate, solve } from '../../src/solver';
import { keyOf } from '../../src/store';
import { SolverError } from '../../src/worker/client';
import { NEAR, SOLVED } from '../support/boards';
import type { FakeSolver } from '../support/fakeSolver';
import { fakeSolver, memoryStorage } from '../support/fakeSolver';
import { makeStore, settle } from '../support/store';

/** A Sunday, noon local time, so that "today" does not depend on when the tests run. */
const NOW = new Date(2026, 10, 22, 12);

function make(options: { board?: Board; solver?: FakeSolver } = {}) {
  return makeStore({ board: NEAR, storage: memoryStorage(), now: () => NOW, ...options }).game;
}

async function playOut(game: ReturnType<typeof make>): Promise<void> {
  for (const move of solve(game().board).line) game().moveFrom(move);
  await settle();
}

describe('a win with the solution shown', () => {
  it('earns no stars, sets no best and is no win, but is recorded as solved with the solution shown', async () => {
    const game = make();
    await settle();
    game().playSolution();
    await vi.waitFor(() => expect(game().result).not.toBeNull());
    expect(game().result).toMatchObject({ stars: 0, solutionShown: true });
    expect(game().announcement).toMatch(/^Solved with the solution shown in 3 moves\. Par is 3\. No stars\.$/);
    expect(game().stats.solved[keyOf(NEAR)]).toEqual({ best: null, par: 3, stars: 0, help: 'solution' });
    expect(game().stats.wins).toBe(0);
  });

  it('does not improve an earlier game of the player’s own', async () => {
    const game = make();
    await settle();
    const [a] = solve(NEAR).line as number[];
    game().moveFrom(a!);
    game().moveFrom(holeOf(NEAR));
    await playOut(game);
    expect(game().stats.solved[keyOf(NEAR)]).toEqual({ best: 5, par: 3, stars: 2 });
    game().newGame(NEAR);
    await settle();
    game().playSolution();
    await vi.waitFor(() => expect(game().result).not.toBeNull());
    expect(game().stats.solved[keyOf(NEAR)]).toEqual({ best: 5, par: 3, stars: 2 });
    expect(game().stats.wins).toBe(1);
  });
});

describe('a win with hints', () => {
  it('keeps its stars and is marked as solved with hints until a game without them', async () => {
    const game = make();
    await settle();
    game().pressHint();
    await playOut(game);
    expect(game().result).toMatchObject({ stars: 3, hintsUsed: 1 });
    expect(game().stats.solved[keyOf(NEAR)]).toEqual({ best: 3, par: 3, stars: 3, help: 'hints' });
    game().newGame(NEAR);
    await settle();
    await playOut(game);
    expect(game().stats.solved[keyOf(NEAR)]).toEqual({ best: 3, par: 3, stars: 3 });
  });
});

describe('daily boards', () => {
  it('makes the board of a named day the same way as that day’s own daily board', async () => {
    const game = make();
    await game().loadDaily('2026-11-20');
    const date = new Date(2026, 10, 20);
    expect(game().start).toEqual(generate({ distance: dailyDistance(date), seed: dailySeed(date) }));
    expect(game().source).toEqual({ kind: 'daily', date: '2026-11-20', today: false });
  });

  it('counts only today’s daily board for the streak', async () => {
    const game = make();
    await game().loadDaily('2026-11-21');
    await playOut(game);
    expect(game().result).not.toBeNull();
    expect(game().stats.daily).toMatchObject({ last: null, streak: 0, results: {} });
    expect(game().stats.wins).toBe(1);
    await game().loadDaily();
    expect(game().source).toEqual({ kind: 'daily', date: '2026-11-22', today: true });
    await playOut(game);
    expect(game().stats.daily).toMatchObject({ last: '2026-11-22', streak: 1 });
  });

  it('a daily solved with the solution shown takes the day but makes no streak', async () => {
    const game = make();
    await game().loadDaily();
    await settle();
    game().playSolution();
    await vi.waitFor(() => expect(game().result).not.toBeNull(), { timeout: 5000 });
    expect(game().stats.daily).toMatchObject({ last: null, streak: 0 });
    expect(game().stats.daily.results['2026-11-22']).toMatchObject({ shown: true });
    await game().loadDaily();
    expect(game().solutionShown).toBe(false);
    await playOut(game);
    expect(game().result).toMatchObject({ solutionShown: false });
    expect(game().stats.daily).toMatchObject({ last: null, streak: 0 });
  });

  it('refuses a day that does not exist, keeping the board', async () => {
    const game = make();
    await game().loadDaily('2026-02-30');
    expect(game().start).toEqual(NEAR);
    expect(game().message).toMatchObject({ tone: 'warning', text: expect.stringMatching(/no daily board for "2026-02-30"/) });
  });
});

describe('par', () => {
  it('is unknown, not coming, when the solver is unavailable; a new board asks again', async () => {
    const solver = fakeSolver();
    solver.failWith(new SolverError('unavailable', 'The puzzle helper stopped responding. Please try again.'));
    const game = make({ solver });
    await settle();
    expect(game()).toMatchObject({ par: null, parUnknown: true, busy: false });
    solver.failWith(null);
    game().newGame(EXAMPLE_BOARD);
    expect(game().parUnknown).toBe(false);
    await settle();
    expect(game().par).toBe(16);
  });
});

describe('a board that starts solved', () => {
  it('has par 0, no win, nothing to hint or show, and nothing saved', async () => {
    const game = make({ board: EXAMPLE_BOARD });
    game().newGame(SOLVED);
    expect(game().announcement).toBe('This board is already solved.');
    await settle();
    expect(game()).toMatchObject({ par: 0, result: null, past: [] });
    game().playSolution();
    expect(game()).toMatchObject({ playing: false, solutionShown: false });
    expect(game().message?.text).toMatch(/no solution to show/);
    expect(game().stats).toMatchObject({ wins: 0, solved: {} });
  });
});

describe('announcements', () => {
  it('name the pebble’s colour for moves, undo and redo', () => {
    const game = make({ board: EXAMPLE_BOARD });
    game().moveFrom(3);
    expect(game().announcement).toMatch(/^Blue pebble from row 3, place 1 to row 1, place 1\./);
    game().undo();
    expect(game().announcement).toMatch(/^Undid: blue pebble back from row 1, place 1 to row 3, place 1\./);
    game().redo();
    expect(game().announcement).toMatch(/^Redid: blue pebble from row 3, place 1 to row 1, place 1\./);
  });
});
