/**
 * Checks a submitted game: replays its moves from the game's start board with the engine and
 * accepts it only when every move is legal and the last one leaves the board solved. A
 * leaderboard entry is therefore always a real solution. Engine only.
 */
import type { Board } from '../engine';
import { applyMove, describeMoveRefusal, isSolved, matchedCount, pebbleCount, whyCannotMove } from '../engine';

export type Replayed = { readonly ok: true } | { readonly ok: false; readonly error: string };

/** Replays `moves` (source positions) from `start`; says which move is illegal, or that the end is not solved. */
export function replay(start: Board, moves: readonly number[]): Replayed {
  let board = start;
  for (const [i, from] of moves.entries()) {
    const reason = whyCannotMove(board, from);
    if (reason !== null)
      return { ok: false, error: `move ${i + 1} (from position ${from}) is illegal: ${describeMoveRefusal(reason, from)}` };
    board = applyMove(board, from);
  }
  if (!isSolved(board)) {
    const wrong = pebbleCount(board) - matchedCount(board);
    return {
      ok: false,
      error: `the moves do not solve the board: ${wrong} pebble${wrong === 1 ? ' is' : 's are'} still on another colour`,
    };
  }
  return { ok: true };
}
