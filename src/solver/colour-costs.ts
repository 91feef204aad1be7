/**
 * The cheapest way to match one colour's pebbles to its plates, for each parity of the match
 * (bound.ts explains why the parity matters), packed as one number: a colour's "costs". They
 * depend only on where the colour's plates and pebbles are: for one or two plates they are
 * tabled once per plate set; for more, they come from dynamic programming over subsets of
 * plates, kept in one fixed-size table. Both are shared by every layout. Engine data only.
 */
import * as engine from '../engine';
import * as tables from './tables';

// Loaders that run TypeScript in Node (tsx, vitest) read imported bindings through getters;
// the hot paths read these local copies instead.
const { SIZE } = engine;
const { LINE_DISTANCE, ODD_BITS } = tables;

/** No match of this parity exists (one plate has only the even match). */
export const INFINITE_COST = 31;

/**
 * Packs a colour's cheapest even and odd match costs. Bits 0–4: the cheapest of the two; bit 5:
 * the cheapest is odd; bit 6: both cost the same (the colour may switch parity for free);
 * bits 7–11: the even cost; bits 12–16: the odd cost; bits 17–21: what switching parity costs.
 */
export function packCosts(even: number, odd: number): number {
  const e = even > INFINITE_COST ? INFINITE_COST : even;
  const o = odd > INFINITE_COST ? INFINITE_COST : odd;
  return (o < e ? o | 32 : e) | (o === e ? 64 : 0) | (e << 7) | (o << 12) | ((o < e ? e - o : o - e) << 17);
}

/**
 * Packed costs of the colours of one or two plates, by where the plates are and where the items
 * are: `PLATE_COSTS[row | (x << 4) | y]` for items at x <= y (x = y for one item), in the row of
 * the plates from {@link costRow}. Shared by every layout; rows are filled on first use.
 */
export const PLATE_COSTS = new Int32Array(257 << 8);
const rowFilled = new Uint8Array(257);
const HOLE_ROW = 256;

/**
 * The row of PLATE_COSTS for a colour whose plates are a <= b (a = b for one plate), or for the
 * hole's colour when it has one plate (`hole`: the hole costs nothing wherever it is).
 */
export function costRow(a: number, b: number, hole: boolean): number {
  const row = hole ? HOLE_ROW : (a << 4) | b;
  if (rowFilled[row] === 0) {
    rowFilled[row] = 1;
    for (let x = 0; x < SIZE; x++) {
      if (hole) PLATE_COSTS[(row << 8) | (x << 4) | x] = packCosts(0, INFINITE_COST);
      else if (a === b) PLATE_COSTS[(row << 8) | (x << 4) | x] = packCosts(LINE_DISTANCE[x * SIZE + a]!, INFINITE_COST);
      else {
        for (let y = x + 1; y < SIZE; y++) {
          const straight = LINE_DISTANCE[x * SIZE + a]! + LINE_DISTANCE[y * SIZE + b]!;
          const crossed = LINE_DISTANCE[x * SIZE + b]! + LINE_DISTANCE[y * SIZE + a]!;
          PLATE_COSTS[(row << 8) | (x << 4) | y] = packCosts(straight, crossed);
        }
      }
    }
  }
  return row << 8;
}

// Scratch for the dynamic programme: up to 15 items and 15 plates.
const items = new Int8Array(SIZE);
const plates = new Int8Array(SIZE);
const cost = new Uint8Array(SIZE * SIZE);
const best = new Uint8Array(2 << SIZE);

/**
 * The cheapest matches of the items in `itemMask` (positions of one colour's pebbles, and of the
 * hole when `hole` >= 0) to the plates in `plateMask` (as many), packed. Items are taken in
 * position order and matched one by one; placing an item on plate t adds one inversion per
 * earlier item on a later plate, so the parity of the match is tracked exactly. The hole costs
 * nothing wherever it ends. Takes k * 2^k steps for k plates.
 */
export function matchCosts(plateMask: number, itemMask: number, hole: number): number {
  let k = 0;
  for (let p = 0; p < SIZE; p++) if (plateMask & (1 << p)) plates[k++] = p;
  let n = 0;
  for (let p = 0; p < SIZE; p++) if (itemMask & (1 << p)) items[n++] = p;
  for (let j = 0; j < k; j++) {
    for (let t = 0; t < k; t++) cost[j * k + t] = items[j] === hole ? 0 : LINE_DISTANCE[items[j]! * SIZE + plates[t]!]!;
  }
  const full = (1 << k) - 1;
  best.fill(255, 0, 2 << k);
  best[0] = 0;
  for (let used = 0; used < full; used++) {
    let j = 0; // the next item: one per plate used so far
    for (let m = used; m !== 0; m &= m - 1) j++;
    for (let parity = 0; parity < 2; parity++) {
      const here = best[used * 2 + parity]!;
      if (here === 255) continue;
      for (let t = 0; t < k; t++) {
        if (used & (1 << t)) continue;
        const next = ((used | (1 << t)) << 1) | (parity ^ ODD_BITS[used >> (t + 1)]!);
        const value = here + cost[j * k + t]!;
        if (value < best[next]!) best[next] = value;
      }
    }
  }
  return packCosts(best[full * 2]!, best[full * 2 + 1]!);
}

/** Costs kept: 2^16 slots, always-replace, so memory is fixed (768 KB) and never grows. */
const SLOT_BITS = 16;
const slotPlates = new Int32Array(1 << SLOT_BITS);
const slotItems = new Int32Array(1 << SLOT_BITS);
const slotCosts = new Int32Array(1 << SLOT_BITS);

/**
 * The packed costs of a colour of three or more plates (or the hole's colour with two or more):
 * its plates `plateMask`, its items `itemMask`, and for the hole's colour the hole (one of the
 * items; -1 otherwise). Computed once and kept in a table shared by every layout, keyed by the
 * plates, the items and the hole's rank among them.
 */
export function manyCosts(plateMask: number, itemMask: number, hole: number): number {
  let rank = 15;
  if (hole >= 0) {
    rank = 0;
    for (let m = itemMask & ((1 << hole) - 1); m !== 0; m &= m - 1) rank++;
  }
  const key = (itemMask << 4) | rank;
  let h = Math.imul(plateMask ^ Math.imul(key, 0x9e3779b1), 0x85ebca6b);
  h = (h ^ (h >>> 16)) & ((1 << SLOT_BITS) - 1);
  if (slotPlates[h] === plateMask && slotItems[h] === key) return slotCosts[h]!;
  const costs = matchCosts(plateMask, itemMask, hole);
  slotPlates[h] = plateMask;
  slotItems[h] = key;
  slotCosts[h] = costs;
  return costs;
}

/** A colour with more near-cheapest matches than this is left open by the bound (bound.ts). */
export const MAX_OPTIONS = 8;
/** The largest colour whose matches are listed: a match is packed as 3 bits a pebble. */
const MAX_LISTED = 7;

// The listed matches, kept like the costs: 2^13 slots of a key and up to MAX_OPTIONS matches.
const LIST_BITS = 13;
const listPlates = new Int32Array(1 << LIST_BITS);
const listItems = new Int32Array(1 << LIST_BITS);
const listCount = new Int8Array(1 << LIST_BITS);
const listed = new Int32Array((1 << LIST_BITS) * MAX_OPTIONS);
const leastFrom = new Uint8Array(SIZE + 1);
let listing = 0;
let listingLimit = 0;
let listingSlot = 0;

function listFrom(j: number, k: number, used: number, total: number, parity: number, match: number): boolean {
  if (total + leastFrom[j]! > listingLimit) return true;
  if (j === k) {
    if (listing === MAX_OPTIONS) return false;
    listed[listingSlot * MAX_OPTIONS + listing++] = match | ((total - listingLimit + 1) << 21) | (parity << 22);
    return true;
  }
  for (let t = 0; t < k; t++) {
    if (used & (1 << t)) continue;
    const inversions = ODD_BITS[used >> (t + 1)]!;
    if (!listFrom(j + 1, k, used | (1 << t), total + cost[j * k + t]!, parity ^ inversions, match | (t << (3 * j)))) return false;
  }
  return true;
}

/**
 * The matches of a colour of three to seven plates (or the hole's colour with two or more) that
 * cost at most one more than its cheapest (`cheapestCost`), copied to `out` from `offset`:
 * returns their number, or -1 when there are more than MAX_OPTIONS or the colour is larger.
 * Bits 3j..3j+2 of a match give the rank of the plate of the j-th item (in position order),
 * bit 21 whether it costs one more than the cheapest, bit 22 its parity.
 */
export function listMatches(
  plateMask: number,
  itemMask: number,
  hole: number,
  cheapestCost: number,
  out: Int32Array,
  offset: number,
): number {
  let rank = 15;
  if (hole >= 0) {
    rank = 0;
    for (let m = itemMask & ((1 << hole) - 1); m !== 0; m &= m - 1) rank++;
  }
  const key = (itemMask << 4) | rank;
  let h = Math.imul(plateMask ^ Math.imul(key, 0x85ebca6b), 0x9e3779b1);
  h = (h ^ (h >>> 16)) & ((1 << LIST_BITS) - 1);
  if (listPlates[h] !== plateMask || listItems[h] !== key) {
    let k = 0;
    for (let p = 0; p < SIZE; p++) if (plateMask & (1 << p)) plates[k++] = p;
    let count = -1;
    if (k <= MAX_LISTED) {
      let n = 0;
      for (let p = 0; p < SIZE; p++) if (itemMask & (1 << p)) items[n++] = p;
      leastFrom[k] = 0;
      for (let j = k - 1; j >= 0; j--) {
        let least = 255;
        for (let t = 0; t < k; t++) {
          const c = items[j] === hole ? 0 : LINE_DISTANCE[items[j]! * SIZE + plates[t]!]!;
          cost[j * k + t] = c;
          if (c < least) least = c;
        }
        leastFrom[j] = leastFrom[j + 1]! + least;
      }
      listing = 0;
      listingLimit = cheapestCost + 1;
      listingSlot = h;
      count = listFrom(0, k, 0, 0, 0, 0) ? listing : -1;
    }
    listPlates[h] = plateMask;
    listItems[h] = key;
    listCount[h] = count;
  }
  const count = listCount[h]!;
  for (let i = 0; i < count; i++) out[offset + i] = listed[h * MAX_OPTIONS + i]!;
  return count;
}
