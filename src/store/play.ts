/**
 * Playing: moves, undo, redo, restart, the win, and focus movement over the triangle. The engine
 * decides what is legal; this module only records moves and tells the player what happened.
 * Must not import UI code or solver runtime code.
 */
import type { Board, Move, MoveRefusal, Position } from '../engine';
import {
  ROWS,
  applyMove,
  colOf,
  holeOf,
  isPosition,
  isSolved,
  matchedCount,
  pebbleCount,
  positionAt,
  rowOf,
  whyCannotMove,
} from '../engine';
import type { StoreContext } from './context';
import { colourName } from './colours';
import { keyOf, starsFor } from './score';
import { latestStats, recordWin, saveStats } from './stats';
import type { Direction, GameActions, GameEvent, GameResult, GameState, LeapAnimation } from './types';

/** "row 3, place 2" for a position, counting from 1 as people do. */
export function placeName(pos: Position): string {
  return `row ${rowOf(pos) + 1}, place ${colOf(pos) + 1}`;
}

/** "blue pebble" for the pebble at `pos`: a screen-reader user hears what moved, not only where. */
function pebbleName(board: Board, pos: Position): string {
  return `${colourName(board.pebbles[pos] ?? '')} pebble`;
}

const REFUSALS: Record<MoveRefusal, string> = {
  'no-position': `there is no position ${String(0)}`,
  hole: 'that is the hole: pick a pebble to move into it',
  'off-line': 'that pebble is not on a straight line with the hole',
};

const capitalised = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

function progressText(board: Board, moves: number): string {
  return `${moves} move${moves === 1 ? '' : 's'}, ${matchedCount(board)} of ${pebbleCount(board)} matched.`;
}

/** Ends the game when the board is solved and par is known: result, stats, event. */
export function finishIfSolved(ctx: StoreContext): void {
  const state = ctx.get();
  if (state.result || state.past.length === 0 || state.par === null || !isSolved(state.board)) return;
  const moves = state.past.length;
  const result: GameResult = {
    moves,
    par: state.par,
    // The solution's moves are the solver's, not the player's: no stars for them.
    stars: state.solutionShown ? 0 : starsFor(moves, state.par),
    hintsUsed: state.hintsUsed,
    solutionShown: state.solutionShown,
  };
  // Only today's daily board makes a streak day; an older one opened from a link is just a board.
  const daily = state.source.kind === 'daily' && state.source.today ? state.source.date : null;
  const stats = recordWin(latestStats(ctx.storage, state.stats), keyOf(state.start), result, daily);
  saveStats(ctx.storage, stats);
  const helped = result.solutionShown ? ' with the solution shown' : result.hintsUsed > 0 ? ' with hints' : '';
  ctx.set({
    result,
    stats,
    announcement: `Solved${helped} in ${moves} moves. Par is ${state.par}. ${result.stars || 'No'} star${result.stars === 1 ? '' : 's'}.`,
  });
  ctx.emit({ type: 'solved', moves, par: state.par });
}

/**
 * Puts a new position of the game in place and asks the solver about it. `board` is the start
 * board after `past`: the caller has it at hand, so the history is not replayed.
 */
function commit(
  ctx: StoreContext,
  board: Board,
  past: readonly Move[],
  future: readonly Move[],
  animation: LeapAnimation | null,
  text: string,
  event?: GameEvent,
): void {
  ctx.waiting = null;
  ctx.set({
    board,
    past,
    future,
    animation,
    refused: null,
    analysis: ctx.analyst.cached(board) ?? null,
    hintStage: 0,
    hintMove: null,
    result: null,
    busy: false,
    announcement: `${text} ${progressText(board, past.length)}`,
  });
  if (event) ctx.emit(event);
  finishIfSolved(ctx);
  ctx.analyse();
}

function stopPlaying(ctx: StoreContext): void {
  clearTimeout(ctx.timers.solution);
  if (ctx.get().playing) ctx.set({ playing: false });
}

/** Moves the pebble at `from`; used by the player and by the solution player. */
export function makeMove(ctx: StoreContext, from: Position): boolean {
  const state = ctx.get();
  const reason = whyCannotMove(state.board, from);
  if (reason !== null) {
    ctx.say(`${capitalised(REFUSALS[reason])}.`, 'warning');
    ctx.set({ refused: { pos: from, id: ctx.nextId() } });
    return false;
  }
  const to = holeOf(state.board);
  const after = applyMove(state.board, from);
  ctx.coach = state.settings.coach ? { before: state.board, after } : null;
  if (state.settings.showAll && state.analysis && !state.playing) ctx.set({ hintsUsed: state.hintsUsed + 1 });
  // The solution player's own message ("Playing the solution…") stays up while it plays.
  ctx.set({ focus: to, message: state.playing ? state.message : null });
  const event: GameEvent = { type: 'move', move: from, moves: state.past.length + 1 };
  const text = `${capitalised(pebbleName(state.board, from))} from ${placeName(from)} to ${placeName(to)}.`;
  commit(ctx, after, [...state.past, from], [], { from, to, id: ctx.nextId() }, text, event);
  return true;
}

function neighbour(pos: Position, direction: Direction): Position {
  const row = rowOf(pos);
  const col = colOf(pos);
  const clamp = (r: number, c: number): Position => positionAt(r, Math.max(0, Math.min(c, r)));
  if (direction === 'left') return col > 0 ? pos - 1 : pos;
  if (direction === 'right') return col < row ? pos + 1 : pos;
  if (direction === 'up') return row > 0 ? clamp(row - 1, col) : pos;
  return row < ROWS - 1 ? clamp(row + 1, col) : pos;
}

type PlayActions = Pick<GameActions, 'moveFrom' | 'undo' | 'redo' | 'restart' | 'setFocus' | 'moveFocus'>;

export function playActions(ctx: StoreContext): PlayActions {
  return {
    moveFrom(from) {
      stopPlaying(ctx);
      if (ctx.get().loading || ctx.get().result) return false;
      return makeMove(ctx, from);
    },
    undo() {
      stopPlaying(ctx);
      const { start, board, past, future } = ctx.get();
      const last = past.at(-1);
      if (last === undefined) return;
      ctx.coach = null;
      const earlier = past.slice(0, -1);
      // The pebble went into the hole that the move before it (or the start board) left.
      const back = earlier.at(-1) ?? holeOf(start);
      const text = `Undid: ${pebbleName(board, back)} back from ${placeName(back)} to ${placeName(last)}.`;
      commit(ctx, applyMove(board, back), earlier, [...future, last], { from: back, to: last, id: ctx.nextId() }, text);
      ctx.set({ focus: last, message: null });
    },
    redo() {
      stopPlaying(ctx);
      const { future, past, board } = ctx.get();
      const next = future.at(-1);
      if (next === undefined) return;
      ctx.coach = null;
      const to = holeOf(board);
      const text = `Redid: ${pebbleName(board, next)} from ${placeName(next)} to ${placeName(to)}.`;
      commit(ctx, applyMove(board, next), [...past, next], future.slice(0, -1), { from: next, to, id: ctx.nextId() }, text);
      ctx.set({ focus: to, message: null });
    },
    restart() {
      stopPlaying(ctx);
      ctx.coach = null;
      const { start, past, future } = ctx.get();
      if (past.length === 0) return;
      // Restart is one key (R) away: its moves go to the redo list, so Redo can bring them back.
      commit(ctx, start, [], [...future, ...[...past].reverse()], null, 'Back to the start board. Redo brings the moves back.');
      ctx.set({ message: null });
    },
    setFocus(pos) {
      if (isPosition(pos)) ctx.set({ focus: pos });
    },
    moveFocus(direction) {
      ctx.set((s: GameState) => ({ focus: neighbour(s.focus, direction) }));
    },
  };
}
