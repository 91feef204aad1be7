/**
 * A plate layout prepared for search: colour codes, the plates of each colour, and the tables
 * the bound and the move generator read. Built once per layout; pure engine data, no DOM.
 */
import type { Board } from '../engine';
import { MOVE_TABLE, SIZE, coloursOf, lineDistance, spareColour as oddColour } from '../engine';

/** Room for each colour's plates in the flat per-colour arrays. */
export const SLOT = 16;

/** Line distances between positions, `LINE_DISTANCE[a * SIZE + b]`. */
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

/** A plate layout as the bound and the search read it. */
export interface Layout {
  /**
   * What makes two boards share a layout: the plates, and which colour is short of a pebble
   * (the same plates with another spare plate are another puzzle).
   */
  readonly key: string;
  /** Number of colour codes: code c (1..count) is the c-th of the sorted plate colours (engine colourCodes). */
  readonly count: number;
  /** `platesOf[c * SLOT + j]` is the j-th plate of colour code c. */
  readonly platesOf: Uint8Array;
  /** Plates of each colour code. */
  readonly plateCount: Uint8Array;
  /** The colour code whose plates outnumber its pebbles by one: the hole ends on one of them. */
  readonly oddCode: number;
}

/** Prepares a layout for a valid board (see parseBoard). */
export function layoutOf(board: Board): Layout {
  const colours = coloursOf(board);
  const count = colours.length;
  const platesOf = new Uint8Array((count + 1) * SLOT);
  const plateCount = new Uint8Array(count + 1);
  for (let p = 0; p < SIZE; p++) {
    const code = colours.indexOf(board.plates[p]!) + 1;
    platesOf[code * SLOT + plateCount[code]!] = p;
    plateCount[code]!++;
  }
  return { key: layoutKey(board), count, platesOf, plateCount, oddCode: colours.indexOf(oddColour(board)) + 1 };
}

/** The key of the layout `board` would get from {@link layoutOf}, without building it. */
export function layoutKey(board: Board): string {
  return `${board.plates}/${oddColour(board)}`;
}
