/**
 * The solver's answers in the store, with a fake solver client: par, answers applied only to
 * the board they are about, the latest question winning while the par question survives, the
 * coach's verdicts, and failures turned into notices and error events.
 */
import { describe, expect, it } from 'vitest';
import { EXAMPLE_BOARD, applyMoves, sameBoard } from '../../src/engine';
import { solve } from '../../src/solver';
import type { GameEvent } from '../../src/store';
import { coachVerdict } from '../../src/store/answers';
import { SolverError } from '../../src/worker/client';
import { NEAR } from '../support/boards';
import { fakeSolver } from '../support/fakeSolver';
import { makeStore as make, settle } from '../support/store';

const UNAVAILABLE = new SolverError('unavailable', 'stopped responding');

describe('answers from the solver', () => {
  it('takes par from the solver: 16 for the example board', async () => {
    const { game } = make();
    expect(game().answers.par).toBeNull();
    await settle();
    expect(game().answers.par).toBe(16);
    expect(game().answers.analysis?.hints).toEqual([3, 4, 10]);
  });

  it('drops an answer about a board the game has left, and keeps par from it', async () => {
    const solver = fakeSolver({ manual: true });
    const { game } = make({ solver });
    await settle();
    game().moveFrom(3);
    await solver.answer(EXAMPLE_BOARD);
    expect(game().answers.par).toBe(16);
    expect(game().answers.analysis).toBeNull();
    const after = applyMoves(EXAMPLE_BOARD, [3]);
    await solver.answer(after);
    expect(game().answers.analysis).toEqual(solve(after));
  });

  it('cancels the previous question when a newer board is asked about, but keeps the par question', async () => {
    const solver = fakeSolver({ manual: true });
    const { game } = make({ solver });
    await settle();
    game().moveFrom(3);
    game().moveFrom(5);
    const first = applyMoves(EXAMPLE_BOARD, [3]);
    expect(solver.cancelled.some((b) => sameBoard(b, first))).toBe(true);
    expect(solver.cancelled.some((b) => sameBoard(b, EXAMPLE_BOARD))).toBe(false);
    await solver.flush();
    expect(game().answers.par).toBe(16);
    expect(game().answers.analysis).toEqual(solve(game().game.board));
  });

  it('turns a solver failure into a notice and an error event, and stops waiting', async () => {
    const events: GameEvent[] = [];
    const solver = fakeSolver({ manual: true });
    const { game } = make({ solver, onEvent: (e) => events.push(e) });
    solver.failWith(UNAVAILABLE);
    game().pressHint();
    expect(game().answers.waiting).toBe('hint');
    await solver.flush();
    expect(game().answers.waiting).toBeNull();
    const failure = { task: 'solve', cause: 'unavailable', detail: 'stopped responding' };
    expect(game().session.notice).toMatchObject({ kind: 'solver-failed', ...failure });
    expect(events).toContainEqual({ type: 'error', failure });
  });

  it('tells a player who sorts the board without a solver that it is solved, with no par', async () => {
    const solver = fakeSolver();
    solver.failWith(UNAVAILABLE);
    const { game } = make({ board: NEAR, solver });
    await settle();
    expect(game().answers).toMatchObject({ par: null, parUnknown: true });
    for (const move of solve(NEAR).line) game().moveFrom(move);
    await settle();
    expect(game().game.result).toBeNull();
    expect(game().session.notice).toMatchObject({ kind: 'solved-without-par', moves: 3 });
    expect(game().session.announcement).toEqual({ kind: 'solved-without-par', moves: 3 });
  });
});

describe('coach', () => {
  it('judges a move by the distances before and after it', () => {
    expect(coachVerdict(16, 15)).toEqual({ kind: 'coach', cost: 0, togo: 15 });
    expect(coachVerdict(16, 16)).toEqual({ kind: 'coach', cost: 1, togo: 16 });
    expect(coachVerdict(16, 17)).toEqual({ kind: 'coach', cost: 2, togo: 17 });
  });

  it('says whether a move kept to a shortest path or cost extra moves', async () => {
    const { game } = make();
    game().updateSettings({ coach: true });
    await settle();
    game().moveFrom(3);
    await settle();
    expect(game().session.notice).toMatchObject({ kind: 'coach', cost: 0, togo: 15 });
    const hints = game().answers.analysis!.hints;
    const bad = [0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14].find((p) => !hints.includes(p) && game().moveFrom(p));
    expect(bad).toBeDefined();
    await settle();
    expect(game().session.notice).toMatchObject({ kind: 'coach', cost: expect.toSatisfy((c: number) => c > 0) });
  });

  it('stays quiet when the coach is off', async () => {
    const { game } = make();
    await settle();
    game().moveFrom(3);
    await settle();
    expect(game().session.notice).toBeNull();
  });
});
