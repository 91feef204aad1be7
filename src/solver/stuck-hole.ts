/**
 * The stuck-hole test of the bound (bound.ts, term (d)): for one complete assignment, whether a
 * solution could spend exactly the assignment's count of moves. Such a solution wastes no move,
 * so it first walks the hole back along its own cycle, each pebble there moving straight home,
 * until a pebble leaves that walk in one of the few ways that waste nothing; when the walk meets
 * no such move before it sticks, the count is short (by parity, two). Allocation-free; tables only.
 */
import * as tables from './tables';

// Loaders that run TypeScript in Node (tsx, vitest) read imported bindings through getters;
// the hot paths read these local copies instead.
const { LINE_DISTANCE, MOVE_MASK } = tables;
const SIZE = 15;

/** Scratch: the hole's cycle in the assignment's order, from the hole. */
const cycle = new Int8Array(SIZE + 1);

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
  // The hole's cycle forwards: hole, its target, ... Walked backwards from the hole (the order
  // final moves take the hole) it is cycle[0], cycle[length - 1], cycle[length - 2], ...
  let length = 0;
  let onCycle = 0;
  let q = hole;
  do {
    cycle[length++] = q;
    onCycle |= 1 << q;
    q = sigma[q]!;
  } while (q !== hole);
  cycle[length] = hole;
  // The walk's j-th place is cycle[length - j] (cycle[length] = the hole); it sticks at the
  // first place whose next pebble is two lines from it.
  let stuck = 0;
  while (stuck + 1 < length && LINE_DISTANCE[cycle[length - stuck - 1]! * SIZE + cycle[length - stuck]!] === 1) stuck++;
  if (stuck === length - 1 && ((oneAway | twoAway) & ~(1 << hole) & ~onCycle) === 0) return true;
  // Pebbles two lines away on the cycle may leave it only beyond the place where it sticks
  // (forward index <= length - stuck - 2); elsewhere on the cycle, nothing leaves for free.
  const beyond = length - stuck - 2;
  let cycleTwo = 0;
  for (let i = 1; i <= beyond; i++) cycleTwo |= twoAway & (1 << cycle[i]!);
  const movers = ((twoAway | closed) & ~onCycle) | cycleTwo;
  if (movers === 0) return false;
  for (let j = 0; j <= stuck; j++) {
    const at = cycle[length - j]!;
    for (let left = MOVE_MASK[at]! & movers; left !== 0; left &= left - 1) {
      if (LINE_DISTANCE[at * SIZE + sigma[lowest(left)]!] === 1) return true;
    }
  }
  return false;
}
