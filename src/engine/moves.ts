/**
 * Moves: which pebbles may move into the hole and what the board looks like after. A move is
 * named by the source position of the pebble that moves; the hole is known from the board.
 */
import type { Board } from './board';
import { HOLE, holeOf } from './board';
import type { Position } from './geometry';
import { MOVE_TABLE, isPosition } from './geometry';

/** A move: the source position of the pebble that moves into the hole. */
export type Move = Position;

/** Every legal move on `board`, ascending. */
export function legalMoves(board: Board): Move[] {
  return [...MOVE_TABLE[holeOf(board)]!];
}

/** True when the pebble at `from` can move into the hole. */
export function canMove(board: Board, from: Position): boolean {
  return isPosition(from) && MOVE_TABLE[holeOf(board)]!.includes(from);
}

/** Why the pebble at `from` cannot move, or null when it can. Meant to be shown to a player. */
export function whyCannotMove(board: Board, from: Position): string | null {
  if (!isPosition(from)) return `there is no position ${String(from)}`;
  if (from === holeOf(board)) return 'that is the hole: pick a pebble to move into it';
  if (!canMove(board, from)) return 'that pebble is not on a straight line with the hole';
  return null;
}

/**
 * The board after the pebble at `from` moves into the hole; `from` becomes the new hole.
 * @throws RangeError when the move is not legal (check with {@link canMove} first).
 */
export function applyMove(board: Board, from: Move): Board {
  const reason = whyCannotMove(board, from);
  if (reason !== null) throw new RangeError(`illegal move ${String(from)}: ${reason}`);
  const hole = holeOf(board);
  const cells = [...board.pebbles];
  cells[hole] = cells[from]!;
  cells[from] = HOLE;
  return { plates: board.plates, pebbles: cells.join('') };
}

/** The board after a sequence of moves. @throws RangeError on the first illegal move. */
export function applyMoves(board: Board, moves: readonly Move[]): Board {
  return moves.reduce(applyMove, board);
}
