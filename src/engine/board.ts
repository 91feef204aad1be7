/**
 * The board state: the plate colours and the pebbles on them, as the two 15-letter codes of
 * RULES.md. A Board is an immutable value; every change returns a new one.
 */
import type { Position } from './geometry';

/** A colour letter A–Z. */
export type Colour = string;

/** The character that marks the hole in a pebbles code. */
export const HOLE = '-';

/** A board: its plates and the pebbles on them, as the two codes of RULES.md. */
export interface Board {
  /** One colour letter per plate, in position order. */
  readonly plates: string;
  /** One colour letter per plate, in position order; `-` marks the hole. */
  readonly pebbles: string;
}

/** The position of the hole. */
export function holeOf(board: Board): Position {
  return board.pebbles.indexOf(HOLE);
}

/** The colour of the pebble at `pos`, or null for the hole. */
export function pebbleAt(board: Board, pos: Position): Colour | null {
  const c = board.pebbles[pos];
  return c === undefined || c === HOLE ? null : c;
}

/** The colour of the plate at `pos`. */
export function plateAt(board: Board, pos: Position): Colour {
  return board.plates[pos]!;
}

/** True when both boards hold the same plates and pebbles. */
export function sameBoard(a: Board, b: Board): boolean {
  return a.plates === b.plates && a.pebbles === b.pebbles;
}

/** The distinct colours of the plates, sorted. */
export function coloursOf(board: Board): Colour[] {
  return [...new Set(board.plates)].sort();
}
