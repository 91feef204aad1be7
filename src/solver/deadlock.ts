/**
 * The zero-waste search's deadlock test (zero-waste.ts): a board whose every sequence of its
 * count of moves must waste one, refuted by a few mask operations before it is searched.
 * Pure: the searched assignment comes in as arguments. Tables only; no allocation.
 */
import * as tables from './tables';

// Local copies: loaders that run TypeScript in Node read imported bindings through getters.
const { LINE_DISTANCE, MOVE_MASK } = tables;
const SIZE = 15;

const lowest = (mask: number): number => 31 - Math.clz32(mask & -mask);

/**
 * `WAYPOINTS[x * SIZE + t]`: where a pebble at x, two lines from its target t, may go without
 * waste: the holes x can move into that are one line from t.
 */
const WAYPOINTS = Int32Array.from({ length: SIZE * SIZE }, (_, i) => {
  let mask = 0;
  for (let w = 0; w < SIZE; w++) {
    if ((MOVE_MASK[w]! & (1 << Math.floor(i / SIZE))) !== 0 && LINE_DISTANCE[w * SIZE + (i % SIZE)] === 1) mask |= 1 << w;
  }
  return mask;
});

/**
 * Whether, for the assignment `sigma` (its inverse `source`; the positions one and two lines
 * from their targets, `oneLine` and `twoLines`; the closed cycles' positions, `closed`), some
 * pebble two lines from home has no waypoint left that a sequence wasting nothing could use:
 * then every such sequence wastes (a proof, like the search's). In such a sequence a
 * pebble at home never moves, and a pebble one line from home off the closed cycles ("waiting")
 * moves once, home, so it leaves only after its target is vacated. A pebble y two lines from its
 * target t must move to a waypoint w while the hole is there, sit at w until t is vacated, then
 * move home. w is unusable when it is home; when it lies behind y on y's cycle through waiting
 * pebbles (w's pebble waits, through the chain, for y's place to be vacated, so w is held until
 * y has left); or when it lies ahead of t through waiting pebbles (t is vacated only after w's
 * target chain has moved home, which needs w vacated, but y holds w until t is vacated; and if
 * the pebble whose target is w moves home first, w is home). The chains stop at the hole, a
 * pebble two lines away, or y itself, so each walks part of one cycle.
 */
export function deadlocked(sigma: Int8Array, source: Int8Array, oneLine: number, twoLines: number, hole: number, closed: number): boolean {
  const home = ~(oneLine | twoLines | (1 << hole)) & ((1 << SIZE) - 1);
  const waiting = oneLine & ~closed & ~(1 << hole);
  for (let left = twoLines & ~(1 << hole); left !== 0; left &= left - 1) {
    const y = lowest(left);
    const t = sigma[y]!;
    let usable = WAYPOINTS[y * SIZE + t]! & ~home;
    // The chains hold only waiting pebbles: a waypoint elsewhere stays usable.
    if ((usable & ~waiting) !== 0) continue;
    for (let q = t; usable !== 0 && (waiting & (1 << q)) !== 0; q = sigma[q]!) usable &= ~(1 << q);
    for (let q = source[y]!; usable !== 0 && (waiting & (1 << q)) !== 0; q = source[q]!) usable &= ~(1 << q);
    if (usable === 0) return true;
  }
  return false;
}
