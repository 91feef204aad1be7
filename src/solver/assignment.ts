/**
 * The state the bound reads (bound.ts), kept current move by move: a move changes where one
 * pebble and the hole are, so two colours' costs change, the sums and parities by their
 * difference, and the cheapest assignment at three positions. Allocation-free; engine only.
 */
import * as engine from '../engine';
import * as costModule from './colour-costs';
import type { Layout } from './layout';
import * as layouts from './layout';
import * as tables from './tables';

// Loaders that run TypeScript in Node (tsx, vitest) read imported bindings through getters;
// the hot paths read these local copies instead.
const { SIZE } = engine;
const { PLATE_COSTS, manyCosts } = costModule;
const { MANY, PAIR } = layouts;
const { BETWEEN, LINE_DISTANCE, ODD_BITS } = tables;

/** Room for colour codes 1..15. */
export const COLOURS = 16;

// Fields of packed costs (colour-costs.ts).
export const cheapest = (costs: number): number => costs & 31;
export const cheapestIsOdd = (costs: number): number => (costs >> 5) & 1;
export const switchesFree = (costs: number): number => (costs >> 6) & 1;
export const evenCost = (costs: number): number => (costs >> 7) & 31;
export const oddCost = (costs: number): number => (costs >> 12) & 31;
export const switchCost = (costs: number): number => costs >> 17;

export const lowest = (mask: number): number => 31 - Math.clz32(mask & -mask);
export const highest = (mask: number): number => 31 - Math.clz32(mask);

/** A count rounded up to a parity. */
export const roundUp = (count: number, parity: number): number => count + ((count ^ parity) & 1);

/**
 * A board of one layout with what the bound reads kept current as moves are played: each
 * colour's packed costs, their sums and parities, and the cheapest assignment.
 */
export class AssignmentState {
  layout!: Layout;
  /** Colour code per position, 0 at the hole. */
  readonly cells = new Uint8Array(SIZE);
  hole = 0;
  protected table!: Int32Array;
  protected rows!: Int32Array;
  /** Per colour code: its pebbles' positions (with the hole, for the odd colour). */
  protected readonly items = new Int32Array(COLOURS);
  /** Per colour code: the packed costs of its matches (colour-costs.ts). */
  protected readonly costs = new Int32Array(COLOURS);
  protected readonly pairA = new Int8Array(COLOURS);
  protected readonly pairB = new Int8Array(COLOURS);
  /** The sum of every colour's cheapest cost, the parity of those matches, and the colours free to switch. */
  protected base = 0;
  protected baseParity = 0;
  protected free = 0;
  /** Parity of the position pairs u < v whose items have colour codes in increasing order. */
  protected itemParity = 0;
  /**
   * The cheapest assignment, kept current: each position's target, or -1 where the colour has
   * three or more plates (or is the hole's colour with several), whose match is left open.
   */
  protected readonly sigma = new Int8Array(SIZE);
  /** The positions whose target in sigma is one line away. */
  protected oneAway = 0;
  /** The positions whose target in sigma is two lines away. */
  protected twoAway = 0;
  /** What quickAfter computed, for tryMove; what tryMove changed, for untry. */
  private readonly next = { costs: 0, oddCosts: 0, base: 0, parity: 0, free: 0, itemParity: 0 };
  private readonly saved = {
    from: 0,
    hole: 0,
    other: 0,
    costs: 0,
    oddCosts: 0,
    items: 0,
    oddItems: 0,
    base: 0,
    parity: 0,
    free: 0,
    itemParity: 0,
    sigmaHole: 0,
    sigmaFrom: 0,
    sigmaOther: 0,
    oneAway: 0,
    twoAway: 0,
  };
  /** Sets the board: colour codes per position (0 at the hole) of a board of `layout`. */
  load(layout: Layout, cells: Uint8Array): void {
    this.layout = layout;
    this.table = PLATE_COSTS;
    this.rows = layout.costRows;
    this.cells.set(cells);
    this.items.fill(0);
    for (let p = 0; p < SIZE; p++) {
      const c = cells[p]!;
      if (c === 0) this.hole = p;
      this.items[c === 0 ? layout.oddCode : c]! |= 1 << p;
    }
    let itemParity = 0;
    for (let a = 0; a < SIZE; a++) {
      for (let b = a + 1; b < SIZE; b++) if (this.codeAt(a) < this.codeAt(b)) itemParity ^= 1;
    }
    this.itemParity = itemParity;
    this.base = 0;
    this.baseParity = 0;
    this.free = 0;
    for (let c = 1; c <= layout.count; c++) {
      this.pairA[c] = lowest(layout.plateMask[c]!);
      this.pairB[c] = highest(layout.plateMask[c]!);
      const k = this.costsOf(c, this.items[c]!, this.hole);
      this.costs[c] = k;
      this.base += cheapest(k);
      this.baseParity ^= cheapestIsOdd(k);
      this.free += switchesFree(k);
    }
    this.oneAway = 0;
    this.twoAway = 0;
    for (let p = 0; p < SIZE; p++) this.target(p, this.codeAt(p));
  }

  protected codeAt(p: number): number {
    const c = this.cells[p]!;
    return c === 0 ? this.layout.oddCode : c;
  }

  /** Sets the cheapest assignment's target for the item of colour c at p (both items of a two-plate colour). */
  protected target(p: number, c: number): void {
    const kind = this.layout.kind[c]!;
    if (kind === PAIR) {
      const items = this.items[c]!;
      const cross = cheapestIsOdd(this.costs[c]!) === 1;
      this.aim(lowest(items), cross ? this.pairB[c]! : this.pairA[c]!);
      this.aim(highest(items), cross ? this.pairA[c]! : this.pairB[c]!);
    } else this.aim(p, kind === MANY ? -1 : this.pairA[c]!);
  }

  /** Sets one position's target, and whether it is one line away. */
  protected aim(p: number, target: number): void {
    this.sigma[p] = target;
    const lines = target >= 0 ? LINE_DISTANCE[p * SIZE + target]! : 0;
    if (lines === 1) this.oneAway |= 1 << p;
    else this.oneAway &= ~(1 << p);
    if (lines === 2) this.twoAway |= 1 << p;
    else this.twoAway &= ~(1 << p);
  }

  /** Switches a two-plate colour's match in the kept assignment. */
  protected swapTargets(items: number): void {
    const x = lowest(items);
    const y = highest(items);
    const t = this.sigma[x]!;
    this.aim(x, this.sigma[y]!);
    this.aim(y, t);
  }

  /** The packed costs of colour c with its items at `mask` (and the hole at `hole` for the odd colour). */
  protected costsOf(c: number, mask: number, hole: number): number {
    if (this.layout.kind[c] !== MANY) return this.table[this.rows[c]! | (lowest(mask) << 4) | highest(mask)]!;
    return manyCosts(this.layout.plateMask[c]!, mask, c === this.layout.oddCode ? hole : -1);
  }

  protected value(base: number, parity: number, free: number): number {
    return free > 0 ? base : roundUp(base, this.layout.plateParity ^ this.itemParity ^ parity);
  }

  /** The bound without the cycle term, (a) + (c): cheap, and what the search prunes on first. */
  quick(): number {
    return this.value(this.base, this.baseParity, this.free);
  }

  /** {@link quick} for the board after the pebble at `from` moves into the hole, without playing it. */
  quickAfter(from: number): number {
    const layout = this.layout;
    const hole = this.hole;
    const odd = layout.oddCode;
    const c = this.cells[from]!;
    let base = this.base;
    let parity = this.baseParity;
    let free = this.free;
    let itemParity = this.itemParity;
    let costs = this.costs[c]!;
    if (c !== odd) {
      const before = costs;
      costs = this.costsOf(c, this.items[c]! ^ (1 << from) ^ (1 << hole), -1);
      base += cheapest(costs) - cheapest(before);
      parity ^= cheapestIsOdd(costs) ^ cheapestIsOdd(before);
      free += switchesFree(costs) - switchesFree(before);
      itemParity ^= 1 ^ ODD_BITS[(this.items[c]! | this.items[odd]!) & BETWEEN[from * SIZE + hole]!]!;
    }
    let oddCosts = this.costs[odd]!;
    if (layout.kind[odd] === MANY) {
      const before = oddCosts;
      oddCosts = this.costsOf(odd, this.items[odd]! ^ (c === odd ? 0 : (1 << from) ^ (1 << hole)), from);
      base += cheapest(oddCosts) - cheapest(before);
      parity ^= cheapestIsOdd(oddCosts) ^ cheapestIsOdd(before);
      free += switchesFree(oddCosts) - switchesFree(before);
    }
    const next = this.next;
    next.costs = costs;
    next.oddCosts = oddCosts;
    next.base = base;
    next.parity = parity;
    next.free = free;
    next.itemParity = itemParity;
    return free > 0 ? base : roundUp(base, layout.plateParity ^ itemParity ^ parity);
  }

  /**
   * Plays the move that {@link quickAfter} priced last, reusing its work, so that the child can
   * be evaluated; {@link untry} takes it back. One child at a time.
   */
  tryMove(from: number): void {
    const next = this.next;
    const saved = this.saved;
    const odd = this.layout.oddCode;
    const hole = this.hole;
    const c = this.cells[from]!;
    saved.from = from;
    saved.hole = hole;
    saved.costs = this.costs[c]!;
    saved.oddCosts = this.costs[odd]!;
    saved.items = this.items[c]!;
    saved.oddItems = this.items[odd]!;
    saved.base = this.base;
    saved.parity = this.baseParity;
    saved.free = this.free;
    saved.itemParity = this.itemParity;
    // The targets that change: the two plates of the move, and the moved colour's other pebble.
    const other = this.layout.kind[c] === PAIR ? lowest(this.items[c]! & ~(1 << from)) : hole;
    saved.other = other;
    saved.sigmaHole = this.sigma[hole]!;
    saved.sigmaFrom = this.sigma[from]!;
    saved.sigmaOther = this.sigma[other]!;
    saved.oneAway = this.oneAway;
    saved.twoAway = this.twoAway;
    if (c !== odd) {
      const moved = (1 << from) ^ (1 << hole);
      this.items[c]! ^= moved;
      this.items[odd]! ^= moved;
    }
    this.costs[c] = next.costs;
    this.costs[odd] = next.oddCosts;
    this.base = next.base;
    this.baseParity = next.parity;
    this.free = next.free;
    this.itemParity = next.itemParity;
    this.cells[hole] = c;
    this.cells[from] = 0;
    this.hole = from;
    this.target(hole, c);
    this.target(from, odd);
  }

  /** Takes back {@link tryMove}. */
  untry(): void {
    const saved = this.saved;
    const odd = this.layout.oddCode;
    const from = saved.from;
    const hole = saved.hole;
    const c = this.cells[hole]!;
    this.cells[from] = c;
    this.cells[hole] = 0;
    this.hole = hole;
    this.items[c] = saved.items;
    this.items[odd] = saved.oddItems;
    this.costs[odd] = saved.oddCosts;
    this.costs[c] = saved.costs;
    this.base = saved.base;
    this.baseParity = saved.parity;
    this.free = saved.free;
    this.itemParity = saved.itemParity;
    this.sigma[saved.other] = saved.sigmaOther;
    this.sigma[from] = saved.sigmaFrom;
    this.sigma[hole] = saved.sigmaHole;
    this.oneAway = saved.oneAway;
    this.twoAway = saved.twoAway;
  }

  protected setCosts(c: number, k: number): void {
    const before = this.costs[c]!;
    this.base += cheapest(k) - cheapest(before);
    this.baseParity ^= cheapestIsOdd(k) ^ cheapestIsOdd(before);
    this.free += switchesFree(k) - switchesFree(before);
    this.costs[c] = k;
  }

  /** Moves the pebble at `from` into the hole. Playing the old hole afterwards takes it back. */
  play(from: number): void {
    const odd = this.layout.oddCode;
    const hole = this.hole;
    const c = this.cells[from]!;
    if (c !== odd) {
      this.itemParity ^= 1 ^ ODD_BITS[(this.items[c]! | this.items[odd]!) & BETWEEN[from * SIZE + hole]!]!;
      const moved = (1 << from) ^ (1 << hole);
      this.items[c]! ^= moved;
      this.items[odd]! ^= moved;
      this.setCosts(c, this.costsOf(c, this.items[c]!, -1));
    }
    this.cells[hole] = c;
    this.cells[from] = 0;
    this.hole = from;
    this.setCosts(odd, this.costsOf(odd, this.items[odd]!, from));
    this.target(hole, c);
    this.target(from, odd);
  }
}
