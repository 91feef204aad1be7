/**
 * The zero-waste term of the bound (bound.ts, term (e)): for one complete assignment, whether
 * some sequence of exactly its count of moves realises it. Such a sequence lowers the count at
 * every move, so it walks the hole back along its cycle with final moves and leaves the walk only
 * by one of the few moves that waste nothing (stuck-hole.ts names them); the search branches on
 * those alone, and refutes a board at once when some pebble has no waypoint left (deadlock.ts).
 * Answers are facts about the assignment and the hole, kept in a fixed table that each solve
 * empties first (so its work depends on its board alone). A sequence found is a solution of the
 * board, which zeroWasteLine writes out. Allocation-free but for that line; tables only.
 */
import * as deadlock from './deadlock';
import * as tables from './tables';

// Loaders that run TypeScript in Node (tsx, vitest) read imported bindings through getters;
// the hot paths read these local copies instead.
const { LINE_DISTANCE, MOVE_MASK } = tables;
const { deadlocked } = deadlock;
const SIZE = 15;
/**
 * Moves that waste nothing and are not final: each turns a pebble two lines away into one a
 * line away, or opens a cycle counted by (b), and none makes either, so with 14 pebbles at most 14.
 */
const MAX_DEPTH = 16;
/**
 * How many boards one question may search, a kept answer counting as one board: past that it
 * proves nothing. A kept answer is a fact (MUST a proof, MAY a sequence found), so what was
 * asked before in the same solve changes how far a question gets, never what it proves.
 * Charging kept answers what they cost instead (the same answer whatever was asked before)
 * took 1% more nodes on the costliest boards of other layouts and 10% more time on the worst.
 */
export const ZERO_WASTE_BUDGET = 300;

/** Writing out a sequence known to exist (zeroWasteLine): no limit, the search finds it. */
const TRACE_BUDGET = 1 << 30;
const MAY = 1;
const MUST = 2;

/** The assignment searched, changed in place move by move and restored on the way back. */
const sigma = new Int8Array(SIZE);
/**
 * Its inverse (`source[t]`: the position whose target is t), kept by `aim`: final moves take the
 * hole to `source[hole]`, so the walk costs its own length, not its cycle's.
 */
const source = new Int8Array(SIZE);
/**
 * Each depth's walk, kept for the way back and for writing out a line found: its j-th place
 * (the hole after j final moves) at `placeAt[depth * WALK + j]`, j = 0 .. stuck.
 */
const WALK = 16;
const placeAt = new Int8Array((MAX_DEPTH + 1) * WALK);
/**
 * Kept in step with `sigma` by `aim`: its key (each position's target in 4 bits, the hole in the
 * top 4 bits of `keyHigh`) and the positions one and two lines from their targets.
 */
let keyLow = 0;
let keyHigh = 0;
let oneLine = 0;
let twoLines = 0;

// Kept answers, keyed by every position's target (4 bits each) and the hole; always replaced.
const BITS = 16;
const keyLo = new Int32Array(1 << BITS);
const keyHi = new Int32Array(1 << BITS);
const verdict = new Uint8Array(1 << BITS);
const stamp = new Int32Array(1 << BITS);
let generation = 1;
let allowance = 0;
/** Whether the last `mustWaste` found a sequence (not only ran out). */
let found = false;
/** Set while `zeroWasteLine` searches: no table, and each depth's choice kept for the line. */
let tracing = false;
const walkedAt = new Int8Array(MAX_DEPTH + 1);
const moverAt = new Int8Array(MAX_DEPTH + 1);
let traced: number[] = [];
/** Boards searched since the process started: work the searches count with their own nodes. */
let visited = 0;

const lowest = (mask: number): number => 31 - Math.clz32(mask & -mask);

/** How many boards the zero-waste searches have visited since the process started. */
export function zeroWasteWork(): number {
  return visited;
}

/** Empties the kept answers (in one step: entries of earlier generations are not read). */
export function forgetZeroWaste(): void {
  generation++;
}

/**
 * Whether no sequence of moves from the board with the hole at `hole` realises the complete
 * assignment `targets` (each position's target, the hole's included) in exactly its count of moves
 * (bound.ts, (a) + (b)). True is a proof; false means a sequence exists or the search ran out.
 * `closed`, the positions on its closed cycles, when the caller has counted them (bound.ts has).
 */
export function mustWaste(targets: Int8Array, hole: number, closed?: number): boolean {
  allowance = tracing ? TRACE_BUDGET : ZERO_WASTE_BUDGET;
  load(targets, hole);
  const result = search(0, hole, closed ?? closedCycles(oneLine & ~(1 << hole)));
  found = result === MAY && allowance >= 0;
  return result === MUST;
}

/** Whether the deadlock test alone refutes the assignment (see `deadlocked`; for tests). */
export function deadlockOf(targets: Int8Array, hole: number): boolean {
  load(targets, hole);
  return deadlocked(sigma, source, oneLine, twoLines, hole, closedCycles(oneLine & ~(1 << hole)));
}

/** Sets the searched assignment to `targets` with the hole at `hole`. */
function load(targets: Int8Array, hole: number): void {
  keyLow = 0;
  keyHigh = hole << 28;
  oneLine = 0;
  twoLines = 0;
  sigma.fill(0);
  for (let p = 0; p < SIZE; p++) aim(p, targets[p]!);
}

/**
 * Whether the last `mustWaste` that returned false found a sequence of exactly the count's moves
 * (a solution of the board no longer than the count: see zeroWasteLine), not only ran out.
 */
export function foundSequence(): boolean {
  return found;
}

/**
 * Appends to `line` a sequence of moves (each the position of the pebble moved into the hole)
 * that realises `targets` from the board with the hole at `hole` in exactly its count of moves,
 * when `mustWaste` with the same arguments found one (foundSequence); returns whether it did.
 * Searches again without an allowance, reading only the table's proofs (a kept sequence found
 * is searched afresh, to write it out): a sequence exists, so the search meets one.
 */
export function zeroWasteLine(targets: Int8Array, hole: number, line: number[]): boolean {
  tracing = true;
  traced = line;
  try {
    return !mustWaste(targets, hole) && found;
  } finally {
    tracing = false;
    traced = [];
  }
}

/** Gives position p the target t, keeping the key and the line masks in step. */
function aim(p: number, t: number): void {
  const change = sigma[p]! ^ t;
  if (p < 8) keyLow ^= change << (4 * p);
  else keyHigh ^= change << (4 * (p - 8));
  sigma[p] = t;
  source[t] = p;
  const bit = 1 << p;
  const lines = LINE_DISTANCE[p * SIZE + t]!;
  oneLine = lines === 1 ? oneLine | bit : oneLine & ~bit;
  twoLines = lines === 2 ? twoLines | bit : twoLines & ~bit;
}

/** Changes position p's target in the key by `change` (the old target xor the new). */
function rekey(p: number, change: number): void {
  if (p < 8) keyLow ^= change << (4 * p);
  else keyHigh ^= change << (4 * (p - 8));
}

/**
 * The positions on cycles (b) counts, of the board searched: cycles without the hole whose
 * pebbles, at `ones`, are all one line from their targets.
 */
function closedCycles(ones: number): number {
  let closed = 0;
  for (let left = ones; left !== 0;) {
    const start = lowest(left);
    let q = start;
    let cycle = 0;
    let counted = true;
    do {
      left &= ~(1 << q);
      cycle |= 1 << q;
      q = sigma[q]!;
      if ((ones & (1 << q)) === 0) {
        counted = false;
        break;
      }
    } while (q !== start);
    if (counted) closed |= cycle;
  }
  return closed;
}

/**
 * MAY: a sequence wastes nothing, or the allowance ran out (then it is below zero); MUST: every
 * one wastes. `closed` holds the positions on cycles (b) counts. No move the search makes closes a
 * cycle: final moves shorten the hole's own cycle, a pebble leaving from off that cycle joins its
 * cycle to the hole's, and one leaving from on it (only beyond where the walk sticks) splits off
 * a cycle that keeps the pebble the walk stuck at, two lines from home. So a child's closed cycles
 * are its parent's, less the one its mover opened: passed down, not recounted.
 */
function search(depth: number, hole: number, closed: number): number {
  const lo = keyLow;
  const hi = keyHigh;
  let slot = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
  slot = (slot ^ (slot >>> 15)) & ((1 << BITS) - 1);
  if (stamp[slot] === generation && keyLo[slot] === lo && keyHi[slot] === hi && !(tracing && verdict[slot] === MAY)) {
    // A kept answer costs one board (see ZERO_WASTE_BUDGET).
    if (--allowance < 0) return MAY;
    return verdict[slot]!;
  }
  if (--allowance < 0 || depth === MAX_DEPTH) {
    allowance = -1;
    return MAY;
  }
  visited++;

  // The hole's walk (hole-walk.ts), backwards from the hole: its j-th place is where the hole is
  // after j final moves, each the pebble whose target is the hole moving home from one line away.
  const places = depth * WALK;
  let stuck = 0;
  let walkedOver = 0;
  let next = source[hole]!;
  placeAt[places] = hole;
  while (next !== hole && (oneLine & (1 << next)) !== 0) {
    placeAt[places + ++stuck] = next;
    walkedOver |= 1 << next;
    next = source[next]!;
  }
  // The walk alone solves the board (it goes round the hole's cycle and every other pebble is
  // home); or some place of it lets a move that wastes nothing out (the same moves as
  // stuck-hole.ts: a pebble two lines from home or on a closed cycle, but not one on the walk nor
  // the one the walk sticks at, whose leaving would split off a closed cycle), and the board
  // after it wastes nothing.
  let result = MUST;
  if (next === hole && ((oneLine | twoLines) & ~(1 << hole) & ~walkedOver) === 0) {
    result = MAY;
    if (tracing) traceLine(depth, stuck);
  }
  // A child is tested for deadlock before it is searched (below); the question's board here.
  const movers =
    depth === 0 && deadlocked(sigma, source, oneLine, twoLines, hole, closed)
      ? 0
      : (twoLines | closed) & ~(1 << hole) & ~walkedOver & ~(1 << next);
  const home = sigma[hole]!;
  const boardLow = keyLow;
  const boardHigh = keyHigh;
  const boardOnes = oneLine;
  const boardTwos = twoLines;
  let walked = 0;
  for (let j = 0; j <= stuck && result === MUST && movers !== 0; j++) {
    // The board after j final moves: the walk's first j places home (as `aim` would make them).
    if (j > 0) {
      const place = placeAt[places + j - 1]!;
      rekey(place, sigma[place]! ^ place);
      sigma[place] = place;
      source[place] = place;
      oneLine &= ~(1 << place);
      twoLines &= ~(1 << place);
      walked = j;
    }
    const at = placeAt[places + j]!;
    const atTarget = sigma[at]!;
    // The board at this place, restored after each child (what `aim` would undo, in four stores).
    const low = keyLow;
    const high = keyHigh;
    const ones = oneLine;
    const twos = twoLines;
    for (let left = MOVE_MASK[at]! & movers; left !== 0 && result === MUST; left &= left - 1) {
      const x = lowest(left);
      const target = sigma[x]!;
      if (LINE_DISTANCE[at * SIZE + target] !== 1) continue;
      // A pebble of a closed cycle opens it: the cycle joins the hole's.
      let stillClosed = closed;
      if ((closed & (1 << x)) !== 0) {
        let q = x;
        do {
          stillClosed &= ~(1 << q);
          q = sigma[q]!;
        } while (q !== x);
      }
      // x into the hole at `at`: x's target moves with it (one line from `at`), and the hole, now
      // at x, keeps its own (as `aim` twice would, with the key's hole moved to x).
      sigma[at] = target;
      source[target] = at;
      sigma[x] = home;
      source[home] = x;
      keyLow = low;
      keyHigh = high ^ ((hole ^ x) << 28);
      rekey(at, atTarget ^ target);
      rekey(x, target ^ home);
      const xBit = 1 << x;
      const lines = LINE_DISTANCE[x * SIZE + home]!;
      oneLine = (lines === 1 ? ones | xBit : ones & ~xBit) | (1 << at);
      twoLines = (lines === 2 ? twos | xBit : twos & ~xBit) & ~(1 << at);
      walkedAt[depth] = j;
      moverAt[depth] = x;
      // A deadlocked child is refuted in a few mask operations, not counted as a board visited.
      if (!deadlocked(sigma, source, oneLine, twoLines, x, stillClosed)) result = search(depth + 1, x, stillClosed);
      sigma[x] = target;
      source[target] = x;
      sigma[at] = atTarget;
      // While the hole is at `at`, the place before it is home (its own source).
      source[atTarget] = j > 0 ? atTarget : at;
    }
    keyLow = low;
    keyHigh = high;
    oneLine = ones;
    twoLines = twos;
  }
  // Back to this board: the walk's places regain their targets (the hole's is `home`).
  for (let i = walked; i > 0; i--) {
    const place = placeAt[places + i]!;
    const target = placeAt[places + i - 1]!;
    sigma[place] = target;
    source[target] = place;
  }
  if (walked > 0) {
    sigma[hole] = home;
    source[home] = hole;
  }
  keyLow = boardLow;
  keyHigh = boardHigh;
  oneLine = boardOnes;
  twoLines = boardTwos;
  if (allowance >= 0) {
    stamp[slot] = generation;
    keyLo[slot] = lo;
    keyHi[slot] = hi;
    verdict[slot] = result;
  }
  return result;
}

/**
 * The moves of the sequence just found, from depth 0 to `last` (whose walk alone solves the
 * board, in `lastFinals` final moves): at each depth its final moves (the pebble before each
 * place of the walk into it), then the move that left the walk.
 */
function traceLine(last: number, lastFinals: number): void {
  for (let depth = 0; depth <= last; depth++) {
    const finals = depth === last ? lastFinals : walkedAt[depth]!;
    for (let i = 1; i <= finals; i++) traced.push(placeAt[depth * WALK + i]!);
    if (depth < last) traced.push(moverAt[depth]!);
  }
}
