/**
 * Position tables the search reads in its inner loop, derived once from the engine's geometry:
 * line distances, the moves into each hole, the positions between two others, bit parities.
 * Pure data; engine only.
 */
import { MOVE_TABLE, SIZE, lineDistance } from '../engine';

/** Line distances between positions, `LINE_DISTANCE[a * SIZE + b]`: 0 same, 1 on a common line, else 2. */
export const LINE_DISTANCE: Uint8Array = (() => {
  const table = new Uint8Array(SIZE * SIZE);
  for (let a = 0; a < SIZE; a++) for (let b = 0; b < SIZE; b++) table[a * SIZE + b] = lineDistance(a, b);
  return table;
})();

/** `MOVES_FROM[MOVES_START[h] .. MOVES_START[h + 1])` are the sources of moves into a hole at h. */
export const MOVES_START: Int32Array = (() => {
  const start = new Int32Array(SIZE + 1);
  for (let h = 0; h < SIZE; h++) start[h + 1] = start[h]! + MOVE_TABLE[h]!.length;
  return start;
})();
export const MOVES_FROM: Uint8Array = Uint8Array.from(MOVE_TABLE.flat());
/** `MOVE_MASK[h]`: the sources of moves into a hole at h, as a bit mask. */
export const MOVE_MASK: Int32Array = Int32Array.from(MOVE_TABLE, (from) => from.reduce((mask, p) => mask | (1 << p), 0));

/** `BETWEEN[a * SIZE + b]`: the positions strictly between a and b in number order, as a bit mask. */
export const BETWEEN: Int32Array = (() => {
  const table = new Int32Array(SIZE * SIZE);
  for (let a = 0; a < SIZE; a++) {
    for (let b = 0; b < SIZE; b++) {
      const lo = Math.min(a, b);
      const hi = Math.max(a, b);
      table[a * SIZE + b] = ((1 << hi) - 1) & ~((1 << (lo + 1)) - 1);
    }
  }
  return table;
})();

/** `ODD_BITS[m]`: 1 when the 15-bit mask m has an odd number of bits set. */
export const ODD_BITS: Uint8Array = (() => {
  const table = new Uint8Array(1 << SIZE);
  for (let m = 1; m < 1 << SIZE; m++) table[m] = table[m >> 1]! ^ (m & 1);
  return table;
})();
