/**
 * The solver's answers in play: par for the start board, the answer for exactly the current
 * board (an answer for a board the game has left is dropped), the coach's verdict on a move, and
 * solver failures turned into a notice and an error event. Must not import UI code or solver
 * runtime code.
 */
import type { Board } from '../engine';
import { sameBoard } from '../engine';
import type { SolveResult } from '../solver/types';
import type { StoreContext } from './context';
import { showing } from './context';
import { solverErrorKind } from './jobs';
import type { Notice, SolverFailure, SolverTask } from './notices';
import { finishIfSolved, solvedWithoutPar } from './win';

/** A solver client's error as data. */
export function failureOf(error: unknown, task: SolverTask): SolverFailure {
  const cause = solverErrorKind(error) === 'unavailable' ? 'unavailable' : 'failed';
  return { task, cause, detail: error instanceof Error ? error.message : String(error) };
}

/** Tells the player and the host that the solver failed; whatever waited for it stops waiting. */
export function reportFailure(ctx: StoreContext, failure: SolverFailure): void {
  ctx.jobs.cancel('timer');
  ctx.update((s) => ({
    answers: { waiting: null },
    session: { playing: false, ...showing(s.session, { kind: 'solver-failed', ...failure }) },
  }));
  ctx.emit({ type: 'error', failure });
  solvedWithoutPar(ctx);
}

/** What the coach says of a move, from the distances before and after it. */
export function coachVerdict(before: number, after: number): Notice {
  const change = after - before;
  return { kind: 'coach', cost: change < 0 ? 0 : change === 0 ? 1 : 2, togo: after };
}

/** Puts an answer about `board` in place if the game is still on it; a stale answer is dropped. */
function applyAnswer(ctx: StoreContext, board: Board, result: SolveResult): void {
  const { game, answers, progress } = ctx.get();
  if (!sameBoard(game.board, board)) return;
  const judged = answers.coach !== null && sameBoard(answers.coach.after, board) ? answers.coach : null;
  const before = judged ? ctx.jobs.known(judged.before) : undefined;
  const verdict = before && progress.settings.coach ? coachVerdict(before.distance, result.distance) : null;
  ctx.update((s) => ({
    answers: {
      analysis: result,
      ...(sameBoard(board, game.start) ? { par: result.distance } : {}),
      ...(judged ? { coach: null } : {}),
    },
    ...(verdict ? { session: showing(s.session, verdict) } : {}),
  }));
  finishIfSolved(ctx);
}

/** Asks for the start board's exact par; moving on does not cancel this question. */
export function askPar(ctx: StoreContext): void {
  const start = ctx.get().game.start;
  ctx.jobs.solve(start, 'start').then(
    (result) => {
      if (!result || !sameBoard(ctx.get().game.start, start)) return;
      ctx.update({ answers: { par: result.distance, parUnknown: false } });
      finishIfSolved(ctx);
    },
    (error: unknown) => {
      if (!sameBoard(ctx.get().game.start, start)) return;
      ctx.update({ answers: { parUnknown: true } });
      // On the start board the current-board question fails too and says why; say it only once.
      if (!sameBoard(ctx.get().game.board, start)) reportFailure(ctx, failureOf(error, 'solve'));
    },
  );
}

/**
 * Asks about the current board and puts the answer in place. Resolves with the answer when it
 * was put in place, or null: the game left the board, a newer question replaced this one, or
 * the solver failed (which is reported here).
 */
export function askCurrent(ctx: StoreContext): Promise<SolveResult | null> {
  const board = ctx.get().game.board;
  const known = ctx.jobs.known(board);
  if (known) {
    applyAnswer(ctx, board, known);
    return Promise.resolve(known);
  }
  return ctx.jobs.solve(board, 'current').then(
    (result) => {
      if (!result || !sameBoard(ctx.get().game.board, board)) return null;
      applyAnswer(ctx, board, result);
      return result;
    },
    (error: unknown) => {
      if (sameBoard(ctx.get().game.board, board)) reportFailure(ctx, failureOf(error, 'solve'));
      return null;
    },
  );
}

/**
 * Waits for the answer about the current board on behalf of `what` (a hint, or the next move of
 * the solution); `then` runs with it only if the player still waits for it on the same board.
 */
export function waitFor(ctx: StoreContext, what: 'hint' | 'solution', then: (result: SolveResult) => void): void {
  const board = ctx.get().game.board;
  ctx.update({ answers: { waiting: what } });
  void askCurrent(ctx).then((result) => {
    const now = ctx.get();
    if (!result || now.answers.waiting !== what || !sameBoard(now.game.board, board)) return;
    ctx.update({ answers: { waiting: null } });
    then(result);
  });
}
