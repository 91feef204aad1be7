/**
 * The bound of src/solver/bound.ts computed the slow and obvious way, for tests: every
 * assignment of pebbles to plates of their colour enumerated, each counted by its definition.
 * Also a breadth-first search out from the solved boards of a layout, for exact distances.
 */
import type { Board } from '../../src/engine';
import { HOLE, MOVE_TABLE, SIZE, lineDistance, spareColour } from '../../src/engine';

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

/**
 * The count of the bound for one complete assignment, from scratch: `targets[p]` is where the
 * item at p (a pebble, or the hole at `hole`) ends. Line distances of the pebbles, plus one per
 * cycle of length > 1 without the hole whose pebbles are all one line away.
 */
export function countOf(targets: readonly number[], hole: number): number {
  let total = 0;
  for (let p = 0; p < SIZE; p++) if (p !== hole) total += lineDistance(p, targets[p]!);
  const seen = new Array<boolean>(SIZE).fill(false);
  for (let start = 0; start < SIZE; start++) {
    if (seen[start]) continue;
    let length = 0;
    let closed = true;
    let p = start;
    do {
      seen[p] = true;
      length++;
      if (p === hole || lineDistance(p, targets[p]!) !== 1) closed = false;
      p = targets[p]!;
    } while (p !== start);
    if (closed && length > 1) total++;
  }
  return total;
}

/** The assignment after the pebble at `from` moves into the hole at `hole`: the two swap targets. */
function moved(targets: readonly number[], hole: number, from: number): number[] {
  const after = [...targets];
  after[hole] = targets[from]!;
  after[from] = targets[hole]!;
  return after;
}

/**
 * The stuck-hole term (d) by its definition: whether a solution of this complete assignment may
 * spend exactly its count, every move lowering the count by one. Walk the hole with "final"
 * moves (the pebble whose target is the hole moving home along a line); the first other move
 * must be made from a place of that walk and lower the count by one, or the walk must solve the
 * board. Each count is computed from scratch.
 */
export function mayWasteNothing(targets: readonly number[], hole: number): boolean {
  let now = [...targets];
  let at = hole;
  for (;;) {
    const count = countOf(now, at);
    if (count === 0) return true;
    const owner = now.indexOf(at);
    for (const from of MOVE_TABLE[at]!) {
      if (from !== owner && countOf(moved(now, at, from), from) === count - 1) return true;
    }
    if (owner === at || !MOVE_TABLE[at]!.includes(owner)) return false;
    now = moved(now, at, owner);
    at = owner;
  }
}

/**
 * The zero-waste term (e) by its definition: whether some sequence of moves realises this
 * complete assignment lowering its count by one at every move (so in exactly its count), found
 * by trying every legal move at every step, each count computed from scratch.
 */
export function mayWasteNothingAtAll(targets: readonly number[], hole: number, refuted = new Set<string>()): boolean {
  const count = countOf(targets, hole);
  if (count === 0) return true;
  const key = `${targets.join(',')}/${hole}`;
  if (refuted.has(key)) return false;
  for (const from of MOVE_TABLE[hole]!) {
    const after = moved(targets, hole, from);
    if (countOf(after, from) === count - 1 && mayWasteNothingAtAll(after, from, refuted)) return true;
  }
  refuted.add(key);
  return false;
}

/**
 * The least, over every assignment, of: line distances of the pebbles, plus one per cycle of
 * length > 1 without the hole whose pebbles are all one line away, rounded up to the parity of
 * the assignment; when that count has the right parity and the assignment is stuck (no solution
 * of it may waste nothing, `mayWasteNothing`), two more, or with `zeroWaste` whenever no sequence
 * realises it in exactly its count (`mayWasteNothingAtAll`). Unless `allCycles`, cycles through
 * a colour of three or more plates (or the hole's colour with several) are not counted, nor are
 * these two terms.
 */
export function slowBound(board: Board, allCycles = false, zeroWaste = false): number {
  const odd = spareColour(board);
  const colourAt = (p: number): string => (board.pebbles[p] === HOLE ? odd : board.pebbles[p]!);
  const colours = [...new Set(board.plates)];
  const plateCount = (c: string): number => [...board.plates].filter((x) => x === c).length;
  const open = (c: string): boolean => !allCycles && (plateCount(c) >= 3 || (c === odd && plateCount(c) >= 2));
  const hole = board.pebbles.indexOf(HOLE);
  const choices = colours.map((c) => {
    const items = [...Array(SIZE).keys()].filter((p) => colourAt(p) === c);
    const plates = [...Array(SIZE).keys()].filter((p) => board.plates[p] === c);
    return { items, matches: permutations(plates) };
  });
  const sigma = new Array<number>(SIZE).fill(-1);
  let best = Infinity;
  const count = (): void => {
    let lines = 0;
    for (let p = 0; p < SIZE; p++) if (p !== hole) lines += lineDistance(p, sigma[p]!);
    const seen = new Array<boolean>(SIZE).fill(false);
    let cycles = 0;
    let extra = 0;
    for (let start = 0; start < SIZE; start++) {
      if (seen[start]) continue;
      cycles++;
      let length = 0;
      let counted = true;
      let p = start;
      do {
        seen[p] = true;
        length++;
        if (p === hole || open(colourAt(p)) || lineDistance(p, sigma[p]!) !== 1) counted = false;
        p = sigma[p]!;
      } while (p !== start);
      if (counted && length > 1) extra++;
    }
    const total = lines + extra;
    const rightParity = (total & 1) === ((SIZE - cycles) & 1);
    const wastes = (): boolean => !mayWasteNothing(sigma, hole) || (zeroWaste && total < best && !mayWasteNothingAtAll(sigma, hole));
    const value = !rightParity ? total + 1 : allCycles && total > 0 && wastes() ? total + 2 : total;
    if (value < best) best = value;
  };
  const choose = (i: number): void => {
    if (i === choices.length) return count();
    const { items, matches } = choices[i]!;
    for (const match of matches) {
      items.forEach((p, j) => (sigma[p] = match[j]!));
      choose(i + 1);
    }
  };
  choose(0);
  return best;
}

/**
 * Exact distances of every board within `depth` moves of solved, for a layout whose spare
 * plate is `spare` (a position of the colour short of a pebble): a breadth-first search out
 * from all its solved boards at once (distances are symmetric).
 */
export function breadthFirst(plates: string, spare: number, depth: number): { distance: Map<string, number>; layers: string[][] } {
  const spareColour = plates[spare]!;
  const starts = [...plates].flatMap((c, p) => (c === spareColour ? [plates.slice(0, p) + HOLE + plates.slice(p + 1)] : []));
  const distance = new Map<string, number>(starts.map((s) => [s, 0]));
  const layers: string[][] = [starts];
  for (let d = 1; d <= depth; d++) {
    const next: string[] = [];
    for (const pebbles of layers[d - 1]!) {
      const hole = pebbles.indexOf(HOLE);
      for (const from of MOVE_TABLE[hole]!) {
        // The pebble at `from` moves into the hole (the engine's applyMove, without its checks).
        const cells = [...pebbles];
        cells[hole] = cells[from]!;
        cells[from] = HOLE;
        const after = cells.join('');
        if (!distance.has(after)) {
          distance.set(after, d);
          next.push(after);
        }
      }
    }
    layers.push(next);
  }
  return { distance, layers };
}
