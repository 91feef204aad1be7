/**
 * How the solver packs a board of one plate layout into a memo key: each position holds a 4-bit
 * code (0 = hole, 1.. = the layout's colours in sorted order), positions 0..7 in the low 32-bit
 * half and 8..14 in the high half. The solver keeps the key up to date move by move.
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
