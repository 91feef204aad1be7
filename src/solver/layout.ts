/**
 * A plate layout prepared for search, built once per layout and cached: colour codes, each
 * colour's plates as a bit mask and in order, how the bound treats each colour and where its
 * costs are tabled, and the plates' share of every assignment's parity. Pure engine data, no DOM.
 */
import type { Board } from '../engine';
import { SIZE, coloursOf, spareColour } from '../engine';
import { costRow } from './colour-costs';

/**
 * How the bound treats a colour (see bound.ts): one plate (its pebble has one target), the odd
 * colour with one plate (the hole's colour), two plates (two ways to match, both tried), or
 * more plates / the odd colour with several (matched exactly per parity, cycles not counted).
 */
export type ColourKind = typeof SINGLE | typeof HOLE_SINGLE | typeof PAIR | typeof MANY;
export const SINGLE = 0;
export const HOLE_SINGLE = 1;
export const PAIR = 2;
export const MANY = 3;

/** A plate layout as the bound and the search read it. */
export interface Layout {
  /**
   * What makes two boards share a layout: the plates, and which colour is short of a pebble
   * (the same plates with another spare plate are another puzzle).
   */
  readonly key: string;
  /** Number of colour codes: code c (1..count) is the c-th of the sorted plate colours (engine colourCodes). */
  readonly count: number;
  /** The colour code whose plates outnumber its pebbles by one: the hole ends on one of them. */
  readonly oddCode: number;
  /** `plateMask[c]`: the plates of colour code c, bit p for position p. */
  readonly plateMask: Int32Array;
  /** `plateCount[c]`: how many plates colour code c has. */
  readonly plateCount: Uint8Array;
  /** `kind[c]`: how the bound treats colour code c. */
  readonly kind: Uint8Array;
  /** The colour codes of kind PAIR, then the count of them. */
  readonly pairs: Uint8Array;
  readonly pairCount: number;
  /** The colour codes of kind MANY, then the count of them. */
  readonly many: Uint8Array;
  readonly manyCount: number;
  /** `singlePlate[c]`: the plate of a one-plate colour code c. */
  readonly singlePlate: Int8Array;
  /** `plateAt[(c << 4) | t]`: the t-th plate (in position order) of colour code c. */
  readonly plateAt: Int8Array;
  /**
   * Per colour code of one or two plates, its row of PLATE_COSTS (colour-costs.ts): its packed
   * costs are `PLATE_COSTS[costRows[c] | (x << 4) | y]` for items at x <= y (x = y for one).
   */
  readonly costRows: Int32Array;
  /**
   * The parity of the pairs of plates of different colours that are in number order, counted
   * over colour pairs in code order: the layout's share of every assignment's parity (bound.ts).
   */
  readonly plateParity: number;
}

const CACHE_SIZE = 64;
const cache = new Map<string, Layout>();

/** The key of the layout `board` would get from {@link layoutOf}, without building it. */
export function layoutKey(board: Board): string {
  return `${board.plates}/${spareColour(board)}`;
}

function build(board: Board, key: string): Layout {
  const colours = coloursOf(board);
  const count = colours.length;
  const oddCode = colours.indexOf(spareColour(board)) + 1;
  const plateMask = new Int32Array(count + 1);
  const plateCount = new Uint8Array(count + 1);
  const codeAt = new Uint8Array(SIZE);
  for (let p = 0; p < SIZE; p++) {
    const code = colours.indexOf(board.plates[p]!) + 1;
    codeAt[p] = code;
    plateMask[code]! |= 1 << p;
    plateCount[code]!++;
  }
  const kind = new Uint8Array(count + 1);
  const pairs: number[] = [];
  const many: number[] = [];
  const singlePlate = new Int8Array(count + 1).fill(-1);
  for (let c = 1; c <= count; c++) {
    const k = plateCount[c]!;
    if (k === 1) {
      kind[c] = c === oddCode ? HOLE_SINGLE : SINGLE;
      singlePlate[c] = 31 - Math.clz32(plateMask[c]!);
    } else if (k === 2 && c !== oddCode) {
      kind[c] = PAIR;
      pairs.push(c);
    } else {
      kind[c] = MANY;
      many.push(c);
    }
  }
  const plateAt = new Int8Array((count + 1) << 4);
  for (let c = 1; c <= count; c++) {
    let t = 0;
    for (let p = 0; p < SIZE; p++) if (plateMask[c]! & (1 << p)) plateAt[(c << 4) | t++] = p;
  }
  const costRows = new Int32Array(count + 1);
  for (let c = 1; c <= count; c++) {
    if (kind[c] !== MANY) costRows[c] = costRow(plateAt[c << 4]!, plateAt[(c << 4) | (plateCount[c]! - 1)]!, kind[c] === HOLE_SINGLE);
  }
  let plateParity = 0;
  for (let a = 0; a < SIZE; a++) for (let b = a + 1; b < SIZE; b++) if (codeAt[a]! < codeAt[b]!) plateParity ^= 1;
  return {
    key,
    count,
    oddCode,
    plateMask,
    plateCount,
    kind,
    pairs: Uint8Array.from(pairs),
    pairCount: pairs.length,
    many: Uint8Array.from(many),
    manyCount: many.length,
    singlePlate,
    plateAt,
    costRows,
    plateParity,
  };
}

/**
 * The prepared layout of a valid board (see parseBoard), from a small cache: the search meets
 * the same few layouts again and again (a board, its reverse, the reverses of its children).
 */
export function layoutOf(board: Board): Layout {
  const key = layoutKey(board);
  const hit = cache.get(key);
  if (hit !== undefined) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const layout = build(board, key);
  cache.set(key, layout);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return layout;
}
