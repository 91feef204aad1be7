/**
 * The solver's answers in play: applying an answer only to the exact board it was computed for,
 * par, the two-step hint, the coach, and playing the solution move by move (its moves join the
 * undo history). Must not import UI code or solver runtime code.
 */
import type { Board } from '../engine';
import { holeOf, isSolved, sameBoard } from '../engine';
import type { SolveResult } from '../solver/types';
import { SolverError } from '../worker/client';
import type { StoreContext } from './context';
import { finishIfSolved, makeMove, placeName } from './play';
import type { GameActions } from './types';

function explain(error: unknown): string {
  if (error instanceof SolverError && error.kind === 'unavailable') return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `The puzzle helper could not work this board out (${detail}).`;
}

function fail(ctx: StoreContext, error: unknown): void {
  clearTimeout(ctx.timers.solution);
  ctx.waiting = null;
  const text = explain(error);
  ctx.set({ busy: false, playing: false });
  ctx.say(text, 'error');
  ctx.emit({ type: 'error', message: text });
  solvedWithoutPar(ctx);
}

/**
 * The win needs par for its stars, and par needs the solver. When the solver has failed and the
 * player has sorted the board anyway, say so rather than leave the triumph unremarked.
 */
function solvedWithoutPar(ctx: StoreContext): void {
  const { board, past, par, result } = ctx.get();
  if (result || par !== null || past.length === 0 || !isSolved(board)) return;
  const text = `Solved in ${past.length} moves! Without the puzzle helper there is no par to score it against.`;
  ctx.set({ announcement: text });
  ctx.say(text, 'good');
}

function revealHint(ctx: StoreContext, result: SolveResult): void {
  const state = ctx.get();
  if (result.distance === 0) {
    ctx.say('The board is solved: there is nothing left to hint.', 'info');
    return;
  }
  if (state.hintStage === 0 || state.hintMove === null) {
    const first = result.line[0];
    const move = first !== undefined && result.hints.includes(first) ? first : result.hints[0]!;
    ctx.set({ hintStage: 1, hintMove: move, hintsUsed: state.hintsUsed + 1, focus: move });
    ctx.say(`Hint: move the marked pebble at ${placeName(move)}. Press Hint again to see where it goes.`, 'info');
  } else if (state.hintStage === 1) {
    ctx.set({ hintStage: 2, hintsUsed: state.hintsUsed + 1 });
    ctx.say(`Hint: it leaps into the hole at ${placeName(holeOf(state.board))}.`, 'info');
  } else {
    ctx.say('Make the marked move, then ask for the next hint.', 'info');
  }
}

function coachSays(ctx: StoreContext, board: Board, result: SolveResult): void {
  const coach = ctx.coach;
  if (!coach || !sameBoard(coach.after, board)) return;
  ctx.coach = null;
  const before = ctx.analyst.cached(coach.before);
  if (!before || !ctx.get().settings.coach) return;
  const change = result.distance - before.distance;
  const togo = `${result.distance} to go`;
  if (change < 0) ctx.say(`Good move: still on a shortest path (${togo}).`, 'good');
  else if (change === 0) ctx.say(`That move cost one extra move (${togo}).`, 'warning');
  else ctx.say(`That move cost two extra moves (${togo}).`, 'warning');
}

function step(ctx: StoreContext): void {
  const state = ctx.get();
  if (!state.playing) return;
  const analysis = ctx.analyst.cached(state.board);
  if (!analysis) {
    ctx.waiting = 'solution';
    ctx.set({ busy: true });
    ctx.analyse();
    return;
  }
  const move = analysis.line[0];
  if (analysis.distance === 0 || move === undefined || !makeMove(ctx, move) || ctx.get().result) {
    // On a win the win panel speaks; "Playing the solution…" must not outlive the playing.
    ctx.set({ playing: false, ...(ctx.get().result ? { message: null } : {}) });
    return;
  }
  ctx.timers.solution = setTimeout(() => step(ctx), ctx.solutionDelayMs);
}

/** Applies a solver answer if the game is still on `board`; a stale answer is dropped. */
function apply(ctx: StoreContext, board: Board, result: SolveResult): void {
  const state = ctx.get();
  if (!sameBoard(state.board, board)) return;
  const atStart = sameBoard(board, state.start);
  ctx.set({ analysis: result, ...(atStart ? { par: result.distance } : {}) });
  coachSays(ctx, board, result);
  const waiting = ctx.waiting;
  ctx.waiting = null;
  if (waiting) ctx.set({ busy: false });
  if (waiting === 'hint') revealHint(ctx, result);
  if (waiting === 'solution' && ctx.get().playing) ctx.timers.solution = setTimeout(() => step(ctx), 0);
  finishIfSolved(ctx);
}

/** Asks for the start board's exact par; moving on does not cancel this request. */
export function askPar(ctx: StoreContext): void {
  const start = ctx.get().start;
  ctx.analyst.request(start, { pinned: true }).then(
    (result) => {
      if (!result || !sameBoard(ctx.get().start, start)) return;
      ctx.set({ par: result.distance, parUnknown: false });
      finishIfSolved(ctx);
    },
    (error: unknown) => {
      if (!sameBoard(ctx.get().start, start)) return;
      ctx.set({ parUnknown: true });
      // On the start board the current-board request fails too and says why; say it only once.
      if (!sameBoard(ctx.get().board, start)) fail(ctx, error);
    },
  );
}

/** Asks about the current board; the answer is applied only if the board has not changed. */
export function analyse(ctx: StoreContext): void {
  const board = ctx.get().board;
  const known = ctx.analyst.cached(board);
  if (known) {
    apply(ctx, board, known);
    return;
  }
  ctx.analyst.request(board).then(
    (result) => {
      if (result) apply(ctx, board, result);
    },
    (error: unknown) => {
      if (sameBoard(ctx.get().board, board)) fail(ctx, error);
    },
  );
}

type HintActions = Pick<GameActions, 'pressHint' | 'playSolution' | 'stopSolution'>;

export function hintActions(ctx: StoreContext): HintActions {
  return {
    pressHint() {
      const state = ctx.get();
      if (state.loading || state.busy) return;
      if (state.result) {
        ctx.say('The board is solved: there is nothing left to hint.', 'info');
        return;
      }
      const known = ctx.analyst.cached(state.board);
      if (known) {
        revealHint(ctx, known);
        return;
      }
      ctx.waiting = 'hint';
      ctx.set({ busy: true });
      analyse(ctx);
    },
    playSolution() {
      const state = ctx.get();
      if (state.loading || state.playing || state.result) return;
      if (isSolved(state.board)) {
        ctx.say('The board is solved: there is no solution to show.', 'info');
        return;
      }
      ctx.set({ playing: true, solutionShown: true, message: null });
      ctx.say('Playing the solution. Press Stop to take over; Undo takes moves back.', 'info');
      step(ctx);
    },
    stopSolution() {
      clearTimeout(ctx.timers.solution);
      if (ctx.waiting === 'solution') ctx.waiting = null;
      if (!ctx.get().playing) return;
      ctx.set({ playing: false, busy: false });
      ctx.say('Solution stopped: your move.', 'info');
    },
  };
}
