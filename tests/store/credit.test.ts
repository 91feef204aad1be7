/**
 * What a game earns and how it is told: a win with the solution shown earns no stars, no best
 * and no streak day; hints cost stars (any hint caps a game at two) and are marked; daily boards named by their date;
 * par that cannot be known; a board that starts solved.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Board } from '../../src/engine';
import { EXAMPLE_BOARD, holeOf } from '../../src/engine';
import { dailyDistance, dailySeed } from '../../src/levels';
import { generate, solve } from '../../src/solver';
import { boardId } from '../../src/store';
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
  for (const move of solve(game().game.board).line) game().moveFrom(move);
  await settle();
}

describe('a win with the solution shown', () => {
  it('earns no stars, sets no best and is no win, but is recorded as solved with the solution shown', async () => {
    const game = make();
    await settle();
    game().playSolution();
    await vi.waitFor(() => expect(game().game.result).not.toBeNull());
    expect(game().game.result).toMatchObject({ stars: 0, solutionShown: true });
    expect(game().session.announcement).toEqual({ kind: 'won', result: game().game.result });
    expect(game().progress.stats!.solved[boardId(NEAR)]).toEqual({ best: null, par: 3, stars: 0, help: 'solution' });
    expect(game().progress.stats!.wins).toBe(0);
  });

  it('does not improve an earlier game of the player’s own', async () => {
    const game = make();
    await settle();
    const [a] = solve(NEAR).line as number[];
    game().moveFrom(a!);
    game().moveFrom(holeOf(NEAR));
    await playOut(game);
    expect(game().progress.stats!.solved[boardId(NEAR)]).toEqual({ best: 5, par: 3, stars: 2 });
    game().newGame(NEAR);
    await settle();
    game().playSolution();
    await vi.waitFor(() => expect(game().game.result).not.toBeNull());
    expect(game().progress.stats!.solved[boardId(NEAR)]).toEqual({ best: 5, par: 3, stars: 2 });
    expect(game().progress.stats!.wins).toBe(1);
  });
});

describe('a win with hints', () => {
  it('earns two stars at most and is marked as solved with hints until a game without them', async () => {
    const game = make();
    await settle();
    game().pressHint();
    await playOut(game);
    expect(game().game.result).toMatchObject({ stars: 2, hintsUsed: 1 });
    expect(game().progress.stats!.solved[boardId(NEAR)]).toEqual({ best: 3, par: 3, stars: 2, help: 'hints' });
    game().newGame(NEAR);
    await settle();
    await playOut(game);
    expect(game().progress.stats!.solved[boardId(NEAR)]).toEqual({ best: 3, par: 3, stars: 3 });
  });
});

describe('daily boards', () => {
  it('makes the board of a named day the same way as that day’s own daily board', async () => {
    const game = make();
    await game().loadDaily('2026-11-20');
    const date = new Date(2026, 10, 20);
    expect(game().game.start).toEqual(generate({ distance: dailyDistance(date), seed: dailySeed(date) }));
    expect(game().game.source).toEqual({ kind: 'daily', date: '2026-11-20', today: false });
  });

  it('counts only today’s daily board for the streak', async () => {
    const game = make();
    await game().loadDaily('2026-11-21');
    await playOut(game);
    expect(game().game.result).not.toBeNull();
    expect(game().progress.stats!.daily).toMatchObject({ last: null, streak: 0, results: {} });
    expect(game().progress.stats!.wins).toBe(1);
    await game().loadDaily();
    expect(game().game.source).toEqual({ kind: 'daily', date: '2026-11-22', today: true });
    await playOut(game);
    expect(game().progress.stats!.daily).toMatchObject({ last: '2026-11-22', streak: 1 });
  });

  it('a daily solved with the solution shown takes the day but makes no streak', async () => {
    const game = make();
    await game().loadDaily();
    await settle();
    game().playSolution();
    await vi.waitFor(() => expect(game().game.result).not.toBeNull(), { timeout: 5000 });
    expect(game().progress.stats!.daily).toMatchObject({ last: null, streak: 0 });
    expect(game().progress.stats!.daily.results['2026-11-22']).toMatchObject({ shown: true });
    await game().loadDaily();
    expect(game().game.solutionShown).toBe(false);
    await playOut(game);
    expect(game().game.result).toMatchObject({ solutionShown: false });
    expect(game().progress.stats!.daily).toMatchObject({ last: null, streak: 0 });
  });

  it('refuses a day that does not exist, keeping the board', async () => {
    const game = make();
    await game().loadDaily('2026-02-30');
    expect(game().game.start).toEqual(NEAR);
    expect(game().session.notice).toMatchObject({ kind: 'no-such-day', value: '2026-02-30' });
  });
});

describe('par', () => {
  it('is unknown, not coming, when the solver is unavailable; a new board asks again', async () => {
    const solver = fakeSolver();
    solver.failWith(new SolverError('unavailable', 'stopped responding'));
    const game = make({ solver });
    await settle();
    expect(game().answers).toMatchObject({ par: null, parUnknown: true, waiting: null });
    solver.failWith(null);
    game().newGame(EXAMPLE_BOARD);
    expect(game().answers.parUnknown).toBe(false);
    await settle();
    expect(game().answers.par).toBe(16);
  });
});

describe('a board that starts solved', () => {
  it('has par 0, no win, nothing to hint or show, and nothing saved', async () => {
    const game = make({ board: EXAMPLE_BOARD });
    game().newGame(SOLVED);
    expect(game().session.announcement).toEqual({ kind: 'new-board', how: 'solved' });
    await settle();
    expect(game().answers.par).toBe(0);
    expect(game().game).toMatchObject({ result: null, past: [] });
    game().playSolution();
    expect(game().session.playing).toBe(false);
    expect(game().game.solutionShown).toBe(false);
    expect(game().session.notice).toMatchObject({ kind: 'already-solved', asked: 'solution' });
    expect(game().progress.stats).toMatchObject({ wins: 0, solved: {} });
  });
});
