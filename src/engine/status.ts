/**
 * How far along a board is: matched pebbles and the solved check. Counting only; the exact
 * distance to solved belongs to the solver.
 */
import type { Board } from './board';
import { HOLE } from './board';

/** Number of pebbles that sit on a plate of their own colour. */
export function matchedCount(board: Board): number {
  let n = 0;
  for (let i = 0; i < board.plates.length; i++) {
    if (board.pebbles[i] === board.plates[i]) n++;
  }
  return n;
}

/** Number of pebbles on the board (one less than the number of plates). */
export function pebbleCount(board: Board): number {
  let n = 0;
  for (const c of board.pebbles) if (c !== HOLE) n++;
  return n;
}

/** True when every pebble sits on a plate of its own colour. */
export function isSolved(board: Board): boolean {
  return matchedCount(board) === pebbleCount(board);
}

/**
 * The spare colour of a board: the one with a plate more than it has pebbles, so the hole ends on
 * one of its plates. Assumes a valid board (see parseBoard); {@link oddCountColour} reads a
 * layout alone.
 */
export function spareColour(board: Board): string {
  const balance = new Map<string, number>();
  for (const c of board.plates) balance.set(c, (balance.get(c) ?? 0) + 1);
  for (const c of board.pebbles) if (c !== HOLE) balance.set(c, (balance.get(c) ?? 0) - 1);
  for (const [colour, n] of balance) if (n === 1) return colour;
  throw new RangeError('board has no odd colour: parse it with parseBoard first');
}

/**
 * The one solved board of this layout: every plate holds a pebble of its colour but the odd
 * plate, which holds the hole. Null when the odd colour has several plates, so that several
 * boards count as solved.
 */
export function solvedBoard(board: Board): Board | null {
  const odd = spareColour(board);
  const first = board.plates.indexOf(odd);
  if (board.plates.indexOf(odd, first + 1) !== -1) return null;
  return { plates: board.plates, pebbles: board.plates.slice(0, first) + HOLE + board.plates.slice(first + 1) };
}
