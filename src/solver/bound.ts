/**
 * The admissible lower bound that guides the search (see SOLVER-NOTES §1). Under a fixed
 * assignment of pebbles to plates of their colour, every pebble needs its line distance, every
 * hole-free cycle whose pebbles all sit one line away costs one extra move, and the total has the
 * parity of the permutation; the bound is the minimum over assignments, found by branch and bound.
 * Allocation-free after construction; engine data only.
 */
import { SIZE } from '../engine';
import type { Layout } from './layout';
import { LINE_DISTANCE, SLOT } from './layout';

/** Largest colour class whose assignments are enumerated; larger ones use a relaxed bound. */
const MAX_ENUMERATED = 4;
/** Most assignments tried at one board before the bound falls back to its relaxed form. */
const MAX_ASSIGNMENTS = 4096;

function permutations(k: number): Uint8Array[] {
  if (k === 0) return [new Uint8Array(0)];
  const out: Uint8Array[] = [];
  for (const rest of permutations(k - 1)) {
    for (let at = 0; at < k; at++) {
      const p = Array.from(rest);
      p.splice(at, 0, k - 1);
      out.push(Uint8Array.from(p));
    }
  }
  return out;
}
const PERMUTATIONS: Uint8Array[][] = Array.from({ length: MAX_ENUMERATED + 1 }, (_, k) => permutations(k));
/** Room for each colour's choices in the flat choice arrays. */
const MAX_CHOICES = PERMUTATIONS[MAX_ENUMERATED]!.length;

const INFINITE = 1 << 20;

/** A lower bound on the moves to solved, for the boards of one layout. */
export interface Bound {
  /** At most the exact distance from `cells` (colour codes, 0 at the hole) to solved; 0 only when solved. */
  evaluate(cells: Uint8Array, hole: number): number;
}

/** Which bound a search uses: the full one, or the plain misplaced-pebble count (a baseline). */
export type BoundKind = 'assignment' | 'misplaced';

/**
 * The counting bound: every move puts at most one pebble on a plate of its colour, so a board
 * with k misplaced pebbles needs at least k moves. Kept as the benchmark's baseline.
 */
export class MisplacedBound implements Bound {
  private readonly plateCode: Uint8Array;

  constructor(layout: Layout) {
    this.plateCode = new Uint8Array(SIZE);
    for (let c = 1; c <= layout.count; c++) {
      for (let j = 0; j < layout.plateCount[c]!; j++) this.plateCode[layout.platesOf[c * SLOT + j]!] = c;
    }
  }

  evaluate(cells: Uint8Array): number {
    let misplaced = 0;
    for (let p = 0; p < SIZE; p++) if (cells[p] !== 0 && cells[p] !== this.plateCode[p]) misplaced++;
    return misplaced;
  }
}

/** The bound of a kind for a layout. */
export function boundFor(kind: BoundKind, layout: Layout): Bound {
  return kind === 'assignment' ? new LowerBound(layout) : new MisplacedBound(layout);
}

/** The assignment bound of this module's header, for the boards of one layout. */
export class LowerBound implements Bound {
  private readonly layout: Layout;
  /** Whether assignments can be enumerated for this layout at all. */
  private readonly enumerable: boolean;
  // Per-board scratch, reused so that evaluating allocates nothing.
  private readonly items: Uint8Array;
  private readonly itemCount: Uint8Array;
  private readonly sigma = new Int8Array(SIZE);
  /** Colour codes with more than one assignment, and for each its choices sorted by cost. */
  private readonly multi: Uint8Array;
  private multiCount = 0;
  private readonly choiceCost: Int32Array;
  private readonly choiceIndex: Int32Array;
  private readonly minRest: Int32Array;
  private hole = 0;
  private best = INFINITE;
  private floor = 0;

  constructor(layout: Layout) {
    this.layout = layout;
    const n = layout.count + 1;
    let enumerable = true;
    for (let c = 1; c < n; c++) if (layout.plateCount[c]! > MAX_ENUMERATED) enumerable = false;
    this.enumerable = enumerable;
    this.items = new Uint8Array(n * SLOT);
    this.itemCount = new Uint8Array(n);
    this.multi = new Uint8Array(n);
    this.choiceCost = new Int32Array(n * MAX_CHOICES);
    this.choiceIndex = new Int32Array(n * MAX_CHOICES);
    this.minRest = new Int32Array(n + 1);
  }

  /**
   * A lower bound on the moves from `cells` (colour codes, 0 at the hole) to solved.
   * Zero exactly when the board is solved.
   */
  evaluate(cells: Uint8Array, hole: number): number {
    const { layout, items, itemCount } = this;
    const count = layout.count;
    itemCount.fill(0);
    for (let p = 0; p < SIZE; p++) {
      const c = cells[p]!;
      if (c !== 0) items[c * SLOT + itemCount[c]!++] = p;
    }
    // The hole is an item of the odd colour: it must end on that colour's spare plate.
    items[layout.oddCode * SLOT + itemCount[layout.oddCode]!++] = hole;
    this.hole = hole;
    if (!this.enumerable) return this.relaxed();

    let assignments = 1;
    let fixedCost = 0;
    this.multiCount = 0;
    for (let c = 1; c <= count; c++) {
      const perms = PERMUTATIONS[itemCount[c]!]!;
      if (perms.length === 1) {
        this.assign(c, perms[0]!);
        fixedCost += this.costOf(c, perms[0]!);
      } else {
        this.multi[this.multiCount++] = c;
        this.sortChoices(c, perms);
        assignments *= perms.length;
      }
    }
    if (assignments > MAX_ASSIGNMENTS) return this.relaxed();
    // minRest[i]: the least the colours multi[i..] can add; choices are sorted, so their first.
    this.minRest[this.multiCount] = 0;
    for (let i = this.multiCount - 1; i >= 0; i--) {
      const c = this.multi[i]!;
      this.minRest[i] = this.minRest[i + 1]! + this.choiceCost[c * MAX_CHOICES]!;
    }
    this.floor = fixedCost + this.minRest[0]!;
    this.best = INFINITE;
    this.branch(0, fixedCost);
    return this.best;
  }

  private costOf(c: number, perm: Uint8Array): number {
    const { items, layout } = this;
    const base = c * SLOT;
    let cost = 0;
    for (let j = 0; j < perm.length; j++) {
      const from = items[base + j]!;
      if (from !== this.hole) cost += LINE_DISTANCE[from * SIZE + layout.platesOf[base + perm[j]!]!]!;
    }
    return cost;
  }

  private assign(c: number, perm: Uint8Array): void {
    const base = c * SLOT;
    for (let j = 0; j < perm.length; j++) this.sigma[this.items[base + j]!] = this.layout.platesOf[base + perm[j]!]!;
  }

  /** Fills colour c's choices, cheapest first (insertion sort: at most 24 of them). */
  private sortChoices(c: number, perms: Uint8Array[]): void {
    const n = perms.length;
    const off = c * MAX_CHOICES;
    for (let i = 0; i < n; i++) {
      const cost = this.costOf(c, perms[i]!);
      let j = i;
      while (j > 0 && this.choiceCost[off + j - 1]! > cost) {
        this.choiceCost[off + j] = this.choiceCost[off + j - 1]!;
        this.choiceIndex[off + j] = this.choiceIndex[off + j - 1]!;
        j--;
      }
      this.choiceCost[off + j] = cost;
      this.choiceIndex[off + j] = i;
    }
  }

  private branch(i: number, cost: number): void {
    if (cost + this.minRest[i]! >= this.best) return;
    if (i === this.multiCount) {
      const total = this.cycleBound(cost);
      if (total < this.best) this.best = total;
      return;
    }
    const c = this.multi[i]!;
    const perms = PERMUTATIONS[this.itemCount[c]!]!;
    const off = c * MAX_CHOICES;
    for (let j = 0; j < perms.length; j++) {
      const add = this.choiceCost[off + j]!;
      if (cost + add + this.minRest[i + 1]! >= this.best) break; // choices are sorted by cost
      this.assign(c, perms[this.choiceIndex[off + j]!]!);
      this.branch(i + 1, cost + add);
      if (this.best <= this.floor) return; // nothing can beat the cheapest line distances
    }
  }

  /** Line distances + one per hole-free all-adjacent cycle, rounded up to the permutation's parity. */
  private cycleBound(lineSum: number): number {
    const sigma = this.sigma;
    let seen = 0;
    let cycles = 0;
    let extra = 0;
    for (let start = 0; start < SIZE; start++) {
      if (seen & (1 << start)) continue;
      cycles++;
      let p = start;
      let length = 0;
      let free = true; // no hole and no pebble two lines away
      do {
        seen |= 1 << p;
        length++;
        const next = sigma[p]!;
        if (p === this.hole || LINE_DISTANCE[p * SIZE + next] === 2) free = false;
        p = next;
      } while (p !== start);
      if (free && length > 1) extra++;
    }
    const total = lineSum + extra;
    return ((total ^ (SIZE - cycles)) & 1) === 0 ? total : total + 1;
  }

  /** Each pebble's line distance to its nearest plate of its colour: weaker, but for any layout. */
  private relaxed(): number {
    const { layout, items, itemCount } = this;
    let total = 0;
    for (let c = 1; c <= layout.count; c++) {
      const base = c * SLOT;
      for (let j = 0; j < itemCount[c]!; j++) {
        const from = items[base + j]!;
        if (from === this.hole) continue;
        let best = 2;
        for (let q = 0; q < layout.plateCount[c]!; q++) {
          const d = LINE_DISTANCE[from * SIZE + layout.platesOf[base + q]!]!;
          if (d < best) best = d;
        }
        total += best;
      }
    }
    return total;
  }
}
