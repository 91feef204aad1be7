/**
 * The stuck-hole test of the bound (bound.ts, term (d)): for one complete assignment, whether a
 * solution could spend exactly the assignment's count of moves. Such a solution wastes no move,
 * so it first walks the hole back along its own cycle, each pebble there moving straight home,
 * until a pebble leaves that walk in one of the few ways that waste nothing; when the walk meets
 * no such move before it sticks, the count is short (by parity, two). Allocation-free; tables only.
 */
import * as holeWalk from './hole-walk';
import * as tables from './tables';

// Loaders that run TypeScript in Node (tsx, vitest) read imported bindings through getters;
// the hot paths read these local copies instead.
const { LINE_DISTANCE, MOVE_MASK } = tables;
const { leavers, newHoleWalk, walkHole, walkSolves } = holeWalk;
const SIZE = 15;

/** Scratch: the hole's walk of the assignment tested. */
const walk = newHoleWalk();

const lowest = (mask: number): number => 31 - Math.clz32(mask & -mask);

/**
 * Whether a solution of the assignment `sigma` (each position's target, the hole's included)
 * may waste no move, with the hole at `hole`; `oneAway` and `twoAway` are the positions one and
 * two lines from their targets, `closed` those on closed cycles (cycles without the hole whose
 * pebbles are all one line from their targets). False proves that every solution of sigma needs
 * more moves than its count (bound.ts); true proves nothing.
 *
 * A move wastes nothing when it lowers the count by one: the pebble whose target is the hole
 * moving home (a "final" move); a pebble two lines from its target moving to where the hole
 * is, one line from that target (outside the hole's cycle; inside it only when the cycle it
 * splits off keeps a pebble two lines away); or a pebble of a closed cycle moving to where the
 * hole is, one line from its target. Final moves walk the hole backwards along its cycle until
 * the next pebble is two lines from home ("stuck"), or the hole is home; the first other move
 * must be one of the rest, made from a place of that walk.
 */
export function mayWasteNothing(sigma: Int8Array, hole: number, oneAway: number, twoAway: number, closed: number): boolean {
  walkHole(walk, sigma, hole);
  if (walkSolves(walk, hole, oneAway, twoAway)) return true;
  const movers = leavers(walk, twoAway, closed);
  if (movers === 0) return false;
  const { cycle, length, stuck } = walk;
  for (let j = 0; j <= stuck; j++) {
    const at = cycle[length - j]!;
    for (let left = MOVE_MASK[at]! & movers; left !== 0; left &= left - 1) {
      if (LINE_DISTANCE[at * SIZE + sigma[lowest(left)]!] === 1) return true;
    }
  }
  return false;
}
