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

describe('the question about a move’s board, after the move is drawn', () => {
  it('waits for the page’s afterPaint, asks once about the latest board, and never after dispose', async () => {
    const steps: (() => void)[] = [];
    const solver = fakeSolver({ manual: true });
    const { game } = make({ solver, afterPaint: (step) => steps.push(step) });
    await settle();
    const before = solver.asked.length;
    game().moveFrom(3);
    game().moveFrom(5);
    // The moves are in place at once; the solver has not been asked yet.
    expect(game().game.past).toEqual([3, 5]);
    expect(solver.asked.length).toBe(before);
    // A question after each move, and one save of the game (tests/store/resume.test.ts).
    expect(steps).toHaveLength(3);
    for (const step of steps.splice(0)) step();
    // Both steps ask about the board now shown: one question, joined.
    const latest = applyMoves(EXAMPLE_BOARD, [3, 5]);
    expect(solver.asked.slice(before).filter((b) => sameBoard(b, latest))).toHaveLength(1);
    expect(solver.asked.length).toBe(before + 1);
    await solver.flush();
    expect(game().answers.analysis).toEqual(solve(latest));
    game().moveFrom(game().answers.analysis!.hints[0]!);
    game().dispose();
    for (const step of steps.splice(0)) step();
    expect(solver.asked.length).toBe(before + 1);
  });

  it('shows an answer already known with the move itself', async () => {
    const steps: (() => void)[] = [];
    const { game } = make({ afterPaint: (step) => steps.push(step) });
    await settle();
    game().moveFrom(3);
    for (const step of steps.splice(0)) step();
    await settle();
    game().undo();
    // The start board's answer was known: it is in place before anything is asked.
    expect(game().answers.analysis).toEqual(solve(EXAMPLE_BOARD));
  });
});
