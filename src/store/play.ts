/**
 * Playing: moves, undo, redo, restart and focus movement over the triangle. The engine decides
 * what is legal; this module records moves in the game record, says what happened as a notice
 * or an announcement, and asks the solver about the new board. Must not import UI code or
 * solver runtime code.
 */
import type { Board, Move, Position } from '../engine';
import { ROWS, applyMove, colOf, holeOf, isPosition, matchedCount, pebbleCount, positionAt, rowOf, whyCannotMove } from '../engine';
import { askCurrent } from './answers';
import type { Patch, StoreContext } from './context';
import { tell } from './context';
import type { Announcement, GameEvent } from './notices';
import type { Direction, GameActions, GameState } from './types';
import { finishIfSolved } from './win';

/** A new position of the game: the board, the history around it and the leap that got there. */
interface Step {
  readonly board: Board;
  readonly past: readonly Move[];
  readonly future: readonly Move[];
  readonly leap: { readonly from: Position; readonly to: Position } | null;
}

/** How far along a board is, for announcements. */
function progressOf(board: Board): { matched: number; pebbles: number } {
  return { matched: matchedCount(board), pebbles: pebbleCount(board) };
}

/** The announcement of a pebble's leap from `from` to `to` on `board` (the board before it). */
function moved(how: 'move' | 'undo' | 'redo', board: Board, next: Step): Announcement {
  const { from, to } = next.leap!;
  return { kind: 'moved', how, from, to, colour: board.pebbles[from] ?? '', moves: next.past.length, ...progressOf(next.board) };
}

/**
 * Puts a new position of the game in place in one update (any hint, wait or win belongs to the
 * old one), tells the host, settles a win and, once the move is drawn, asks the solver about the
 * new board (an answer already known is shown at once; a hint asked for meanwhile asks at once).
 */
function commit(ctx: StoreContext, next: Step, announcement: Announcement, extra: Patch = {}, event?: GameEvent): void {
  ctx.update((s) => {
    const id = s.session.serial + 1;
    return {
      game: { board: next.board, past: next.past, future: next.future, result: null, ...extra.game },
      answers: { analysis: ctx.jobs.known(next.board) ?? null, waiting: null, coach: null, ...extra.answers },
      session: {
        animation: next.leap && { ...next.leap, id },
        serial: id,
        hintStage: 0,
        hintMove: null,
        announcement,
        notice: null,
        ...extra.session,
      },
    };
  });
  if (event) ctx.emit(event);
  finishIfSolved(ctx);
  ctx.afterPaint(() => void askCurrent(ctx));
}

/** Stops "Show solution": a move, undo, redo or restart of the player's own takes over. */
function stopPlaying(ctx: StoreContext): void {
  ctx.jobs.cancel('timer');
  if (ctx.get().session.playing) ctx.update({ session: { playing: false } });
}

/** Moves the pebble at `from`; used by the player and by the solution player. */
export function makeMove(ctx: StoreContext, from: Position): boolean {
  const { game, answers, session, progress } = ctx.get();
  const reason = whyCannotMove(game.board, from);
  if (reason !== null) {
    tell(ctx, { kind: 'refused', pos: from, reason });
    return false;
  }
  const to = holeOf(game.board);
  const next: Step = { board: applyMove(game.board, from), past: [...game.past, from], future: [], leap: { from, to } };
  // Every optimal move on show is help: a move made with them counts as a hint.
  const helped = progress.settings.showAll && answers.analysis !== null && !session.playing;
  // The move is marked (for review and the share card) when any help was on show as it was made.
  const marked = helped || session.hintStage > 0 || session.playing;
  commit(
    ctx,
    next,
    moved('move', game.board, next),
    {
      game: {
        ...(helped && { hintsUsed: game.hintsUsed + 1 }),
        // A new move replaces any undone one at its index, and its mark.
        hinted: [...game.hinted.filter((i) => i < game.past.length), ...(marked ? [game.past.length] : [])],
      },
      answers: { coach: progress.settings.coach ? { before: game.board, after: next.board } : null },
      // The solution player's own notice ("Playing the solution…") stays up while it plays.
      session: { focus: to, notice: session.playing ? session.notice : null },
    },
    { type: 'move', move: from, moves: next.past.length },
  );
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
      const { session, game } = ctx.get();
      if (session.loading || game.result) return false;
      return makeMove(ctx, from);
    },
    undo() {
      stopPlaying(ctx);
      const { start, board, past, future } = ctx.get().game;
      const last = past.at(-1);
      if (last === undefined) return;
      const earlier = past.slice(0, -1);
      // The pebble went into the hole that the move before it (or the start board) left.
      const back = earlier.at(-1) ?? holeOf(start);
      const next: Step = { board: applyMove(board, back), past: earlier, future: [...future, last], leap: { from: back, to: last } };
      commit(ctx, next, moved('undo', board, next), { session: { focus: last } });
    },
    redo() {
      stopPlaying(ctx);
      const { future, past, board } = ctx.get().game;
      const move = future.at(-1);
      if (move === undefined) return;
      const to = holeOf(board);
      const next: Step = { board: applyMove(board, move), past: [...past, move], future: future.slice(0, -1), leap: { from: move, to } };
      commit(ctx, next, moved('redo', board, next), { session: { focus: to } });
    },
    restart() {
      stopPlaying(ctx);
      const { game, answers, newGame } = ctx.get();
      const { start, past, future } = game;
      // After a win, playing again is a new game: no moves to redo, hints counted from zero.
      if (game.recorded) return newGame(start, game.source, answers.par);
      if (past.length === 0) return;
      // Restart is one key (R) away: its moves go to the redo list, so Redo can bring them back.
      const next: Step = { board: start, past: [], future: [...future, ...[...past].reverse()], leap: null };
      commit(ctx, next, { kind: 'restarted', ...progressOf(start) });
    },
    setFocus(pos) {
      // Unchanged focus is no update: focus events come often (every tap focuses a position).
      if (isPosition(pos) && pos !== ctx.get().session.focus) ctx.update({ session: { focus: pos } });
    },
    moveFocus(direction) {
      ctx.update((s: GameState) => ({ session: { focus: neighbour(s.session.focus, direction) } }));
    },
  };
}
