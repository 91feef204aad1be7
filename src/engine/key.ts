/**
 * Compact keys for boards of one plate layout, for memo tables: each position holds a 4-bit
 * code (0 = hole, 1.. = the layout's colours in sorted order), packed into two 32-bit halves.
 */
import type { Board } from './board';
import { HOLE, coloursOf } from './board';

/** Positions 0..7 go to the low half, 8..14 to the high half, 4 bits each. */
export const KEY_BITS = 4;
export const LOW_POSITIONS = 8;

/** Colour codes 1.. for the colours of a layout, 0 for the hole. */
export function colourCodes(board: Board): Uint8Array {
  const colours = coloursOf(board);
  return Uint8Array.from(board.pebbles, (c) => (c === HOLE ? 0 : colours.indexOf(c) + 1));
}

/** The key of a board: two unsigned 32-bit numbers, equal for equal pebbles on one layout. */
export function boardKey(board: Board): { lo: number; hi: number } {
  const codes = colourCodes(board);
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < codes.length; i++) {
    if (i < LOW_POSITIONS) lo |= codes[i]! << (KEY_BITS * i);
    else hi |= codes[i]! << (KEY_BITS * (i - LOW_POSITIONS));
  }
  return { lo: lo >>> 0, hi: hi >>> 0 };
}
