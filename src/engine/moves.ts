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

/** Why a pebble cannot move: no such position, the hole itself, or not on a line with the hole. */
export type MoveRefusal = 'no-position' | 'hole' | 'off-line';

/** Why the pebble at `from` cannot move, or null when it can. Each front end words the reason. */
export function whyCannotMove(board: Board, from: Position): MoveRefusal | null {
  if (!isPosition(from)) return 'no-position';
  if (from === holeOf(board)) return 'hole';
  return canMove(board, from) ? null : 'off-line';
}

/** Plain English for a refusal, for developer-facing front ends (the server, thrown errors). */
export function describeMoveRefusal(reason: MoveRefusal, from: Position): string {
  if (reason === 'no-position') return `there is no position ${String(from)}`;
  return reason === 'hole' ? 'that is the hole: pick a pebble to move into it' : 'that pebble is not on a straight line with the hole';
}

/**
 * The board after the pebble at `from` moves into the hole; `from` becomes the new hole.
 * @throws RangeError when the move is not legal (check with {@link canMove} first).
 */
export function applyMove(board: Board, from: Move): Board {
  const reason = whyCannotMove(board, from);
  // The refusal's code, not its words: a front end that shows it words it (describeMoveRefusal),
  // and the browser bundles carry no English they never show.
  if (reason !== null) throw new RangeError(`illegal move ${String(from)} (${reason})`);
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
