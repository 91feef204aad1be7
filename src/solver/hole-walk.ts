/**
 * The hole's walk in one complete assignment, for the stuck-hole test (term (d)): the final moves
 * a solution that wastes nothing makes first, and the pebbles that may leave the walk without
 * waste. (The zero-waste search, term (e), keeps the assignment's inverse and walks the hole
 * backwards itself: the same walk, at the cost of its own length.) Filled in place; allocation-free.
 */
import * as tables from './tables';

// Loaders that run TypeScript in Node (tsx, vitest) read imported bindings through getters;
// the hot paths read this local copy instead.
const { LINE_DISTANCE } = tables;
const SIZE = 15;

export interface HoleWalk {
  /**
   * The hole's cycle forwards from the hole, then the hole again (`cycle[length]`). Final moves
   * take the hole backwards along it: the walk's j-th place is `cycle[length - j]`.
   */
  readonly cycle: Int8Array;
  length: number;
  /** The positions on the hole's cycle, as a mask. */
  onCycle: number;
  /** How many final moves the walk makes before the next pebble is two lines from home. */
  stuck: number;
}

export const newHoleWalk = (): HoleWalk => ({ cycle: new Int8Array(SIZE + 1), length: 0, onCycle: 0, stuck: 0 });

/** Fills `walk` for the assignment `sigma` (each position's target) with the hole at `hole`. */
export function walkHole(walk: HoleWalk, sigma: Int8Array, hole: number): void {
  const cycle = walk.cycle;
  let length = 0;
  let onCycle = 0;
  let q = hole;
  do {
    cycle[length++] = q;
    onCycle |= 1 << q;
    q = sigma[q]!;
  } while (q !== hole);
  cycle[length] = hole;
  let stuck = 0;
  while (stuck + 1 < length && LINE_DISTANCE[cycle[length - stuck - 1]! * SIZE + cycle[length - stuck]!] === 1) stuck++;
  walk.length = length;
  walk.onCycle = onCycle;
  walk.stuck = stuck;
}

/** Whether the walk's final moves alone solve the board (no pebble off its target elsewhere). */
export function walkSolves(walk: HoleWalk, hole: number, oneAway: number, twoAway: number): boolean {
  return walk.stuck === walk.length - 1 && ((oneAway | twoAway) & ~(1 << hole) & ~walk.onCycle) === 0;
}

/**
 * The pebbles that may leave the walk without waste: those two lines from home or on closed
 * cycles, off the hole's cycle; on it, those two lines away only beyond the place where the walk
 * sticks (forward index <= length - stuck - 2), since elsewhere the cycle they split off is closed.
 */
export function leavers(walk: HoleWalk, twoAway: number, closed: number): number {
  const cycle = walk.cycle;
  let movers = (twoAway | closed) & ~walk.onCycle;
  for (let i = 1, beyond = walk.length - walk.stuck - 2; i <= beyond; i++) movers |= twoAway & (1 << cycle[i]!);
  return movers;
}
