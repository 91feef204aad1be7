/**
 * The admissible lower bound that guides the search, kept up to date move by move.
 *
 * An assignment σ says, for every pebble, which plate of its colour it ends on, and for the hole
 * which plate of the odd colour it ends on; it is a permutation of the 15 positions, and every
 * solution realises one (follow each pebble). For a fixed σ a solution needs at least:
 *  (a) each pebble's line distance to σ(pebble): 0 there, 1 on a common line, else 2, because a
 *      move carries one pebble along one line;
 *  (b) one more for each cycle of σ of length > 1 without the hole whose pebbles are all one line
 *      from their targets: until one of them moves, its plates are all full, so the first one to
 *      move lands off its target and moves again; a pebble two lines away may be that one, at no
 *      cost over (a), so such cycles are not counted;
 *  (c) the parity of σ: a move swaps the hole with a pebble, so a solution of m moves composes m
 *      transpositions into σ, and m has the parity of σ; the count of (a) + (b) is rounded up to it.
 *  (d) two more when the count of (a) + (b) already has σ's parity and the hole is stuck
 *      (stuck-hole.ts): the count, taken of what is left of σ after each move, drops by at most
 *      one per move (a pebble's line distance drops by at most one, and a move that opens a
 *      counted cycle does not shorten its pebble's distance), so a solution of exactly the count
 *      lowers it at every move; stuck-hole.ts shows no move sequence from this board can, so
 *      a solution of σ needs more, and by parity at least two more;
 *  (e) likewise two more when zero-waste.ts, searching every sequence of such moves within an
 *      allowance, finds none that ends solved (where (d) looks only at the first free move).
 *      A sequence it does find is a solution of the count's moves (solvedIn, lineMoves).
 * The bound is the least such count over all σ, so it never exceeds the exact distance.
 *
 * Computing it. σ's parity splits over colours: pairs of positions holding different colours
 * add a parity fixed by the board (the cross-colour pairs in number order among the items, and
 * among the plates), and each colour adds the parity of its own match, taken from its items in
 * position order to its plates in position order. So every colour has a cheapest cost per
 * parity (colour-costs.ts; exact, any number of plates), and (a) + (c) alone is a two-state
 * knapsack over colours: the cheapest total, plus one when its parity is wrong and no colour
 * can switch parity at no cost (switching at a cost of one or more never beats rounding up).
 * For (b), the cheapest assignment is kept current move by move and its cycles counted; when
 * they lift it past what the search needs to know, the matches of the two-plate colours are
 * searched branch and bound for a better one. Cycles through a colour of three or more plates
 * (or the hole's colour of several) are not counted, which only lowers the bound, so it stays
 * admissible; (d) and (e) are added only where no colour is open (they reason about every
 * cycle), and (e) only after the cheaper (d) has not settled it. A move
 * changes two colours; nothing here allocates. Engine data only.
 */
import * as assignment from './assignment';
import { AssignmentState } from './assignment';
import * as costModule from './colour-costs';
import * as layouts from './layout';
import * as stuckHole from './stuck-hole';
import * as zeroWasteModule from './zero-waste';

// Loaders that run TypeScript in Node (tsx, vitest) read imported bindings through getters;
// the hot paths read these local copies instead.
const { COLOURS, cheapest, cheapestIsOdd, evenCost, lowest, oddCost, roundUp, switchCost } = assignment;
const { INFINITE_COST, MAX_OPTIONS, listMatches } = costModule;
const { MANY } = layouts;
const { mayWasteNothing } = stuckHole;
const { foundSequence, mustWaste, zeroWasteLine } = zeroWasteModule;

const UNREACHABLE = INFINITE_COST * COLOURS;

/** The bound of this module's header, over the board an {@link AssignmentState} keeps current. */
export class BoundState extends AssignmentState {
  // Scratch for evaluating: the open colours' best costs per parity, the cheapest assignment's
  // cost and parity without them, and the colours the search over matches may switch.
  private manyEven = 0;
  private manyOdd = 0;
  private openCost = 0;
  private openParity = 0;
  private readonly candidates = new Uint8Array(COLOURS);
  private candidateCount = 0;
  /** Per colour of many plates: how many of its matches are listed in `matches`, or -1 when it is open. */
  private readonly matchCount = new Int8Array(COLOURS);
  private readonly matches = new Int32Array(COLOURS * MAX_OPTIONS);
  private best = 0;
  private floor = 0;
  /** Whether the assignment the leaves read is complete: no colour left open. */
  private complete = true;
  /** Leaves whose count is this or more get the stuck-hole term; below, it cannot lift them past the search's limit. */
  private stuckFrom = 0;
  /** Leaves whose count is above this are out of reach already: the stuck-hole and zero-waste terms cannot matter. */
  private stuckTo = 0;
  /** Whether the zero-waste term (e) is searched for (the bound is admissible either way). */
  zeroWaste = true;
  /**
   * The fewest moves of a solution the last evaluate or exact met on the way, or UNREACHABLE:
   * a zero-waste search that finds a sequence for an assignment has found a solution of the
   * assignment's count of moves, every pebble home (see lineMoves).
   */
  solvedIn = UNREACHABLE;
  private readonly lineTargets = new Int8Array(15);
  private lineHole = 0;

  /**
   * The bound with the cycle term where it matters: a number above `limit` when the full bound
   * is above it (so pruning is exact), else a lower bound of at most `limit`: the bound without
   * cycles, which is all the search needs of a board it will enter anyway.
   */
  evaluate(limit: number): number {
    this.solvedIn = UNREACHABLE;
    const floor = this.quick();
    if (floor > limit) return floor;
    this.stuckFrom = limit - 1;
    this.stuckTo = limit;
    if (this.layout.manyCount > 0) {
      const best = this.searchMatches(limit + 1, limit);
      return best <= limit ? floor : best;
    }
    this.prepareOpen();
    if (this.leaf(this.openCost, this.openParity) <= limit) return floor;
    this.searchPairs(limit + 1, limit);
    return this.best <= limit ? floor : this.best;
  }

  /** The full bound: the least count over all assignments (for the search's root and for tests). */
  exact(): number {
    this.solvedIn = UNREACHABLE;
    const floor = this.quick();
    this.stuckFrom = 0;
    this.stuckTo = UNREACHABLE;
    if (this.layout.manyCount > 0) {
      // The least limit the search finds an assignment within (how many colours stay open
      // depends on the slack, so each limit is searched in turn).
      for (let limit = floor; ; limit++) if (this.searchMatches(limit + 1, limit) <= limit) return limit;
    }
    this.prepareOpen();
    const greedy = this.leaf(this.openCost, this.openParity);
    if (greedy === floor) return floor;
    this.searchPairs(greedy, floor);
    return this.best;
  }

  /** Appends the moves of the solution of `solvedIn` moves (each the position moved from) to `line`; false if it cannot. */
  lineMoves(line: number[]): boolean {
    return this.solvedIn < UNREACHABLE && zeroWasteLine(this.lineTargets, this.lineHole, line);
  }

  /**
   * The cost and match parity of the cheapest assignment without its open colours, and the
   * open colours' least costs per parity (a two-state knapsack).
   */
  private prepareOpen(): void {
    const layout = this.layout;
    let cost = this.base;
    let parity = this.baseParity;
    let manyEven = 0;
    let manyOdd = UNREACHABLE;
    for (let i = 0; i < layout.manyCount; i++) {
      const k = this.costs[layout.many[i]!]!;
      cost -= cheapest(k);
      parity ^= cheapestIsOdd(k);
      const nextEven = Math.min(manyEven + evenCost(k), manyOdd + oddCost(k));
      manyOdd = Math.min(manyEven + oddCost(k), manyOdd + evenCost(k));
      manyEven = nextEven;
    }
    this.openCost = cost;
    this.openParity = parity;
    this.manyEven = manyEven;
    this.manyOdd = manyOdd;
    this.complete = layout.manyCount === 0;
  }

  /**
   * Looks for matches of the two-plate colours whose count is below `best`, down to `floor`
   * (below which none can be); leaves the least found, or `best`, in this.best. Only colours
   * whose other match costs at most the slack can take it; their choices are walked in Gray-code
   * order, one switch per step, from the cheapest assignment (already counted by the caller).
   */
  private searchPairs(best: number, floor: number): void {
    const layout = this.layout;
    const slack = best - 1 - this.base;
    let m = 0;
    for (let i = 0; i < layout.pairCount; i++) {
      const k = this.costs[layout.pairs[i]!]!;
      if (switchCost(k) <= slack) this.candidates[m++] = layout.pairs[i]!;
    }
    const p0 = this.layout.plateParity ^ this.itemParity;
    let cost = this.openCost;
    let parity = this.openParity;
    let switched = 0;
    for (let step = 1; step < 1 << m && best > floor; step++) {
      const j = lowest(step);
      const c = this.candidates[j]!;
      const k = this.costs[c]!;
      const delta = switchCost(k);
      switched ^= 1 << j;
      cost += switched & (1 << j) ? delta : -delta;
      parity ^= 1;
      this.swapTargets(this.items[c]!);
      const least = Math.min(roundUp(cost + this.manyEven, p0 ^ parity), roundUp(cost + this.manyOdd, p0 ^ parity ^ 1));
      if (least >= best) continue;
      const value = this.leaf(cost, parity);
      if (value < best) best = value;
    }
    // Back to the cheapest assignment.
    for (let j = 0; j < m; j++) if (switched & (1 << j)) this.swapTargets(this.items[this.candidates[j]!]!);
    this.best = best;
  }

  /**
   * The search over assignments for layouts with colours of three or more plates (or a hole
   * colour of several): each such colour whose matches within one of its cheapest are few
   * (colour-costs.ts) takes each of them in turn, and counts in the cycles; the others stay open
   * (their cheapest costs per parity in a knapsack, their cycles not counted). Two-plate colours
   * within the slack take both matches. Returns the least count found below `best`, or `best`.
   */
  private searchMatches(best: number, floor: number): number {
    const layout = this.layout;
    const slack = best - 1 - this.base;
    let cost = this.base;
    let parity = 0;
    let manyEven = 0;
    let manyOdd = UNREACHABLE;
    let m = 0;
    for (let i = 0; i < layout.pairCount; i++) {
      const k = this.costs[layout.pairs[i]!]!;
      parity ^= cheapestIsOdd(k);
      if (switchCost(k) <= slack) this.candidates[m++] = layout.pairs[i]!;
    }
    for (let i = 0; i < layout.manyCount; i++) {
      const c = layout.many[i]!;
      const k = this.costs[c]!;
      const hole = c === layout.oddCode ? this.hole : -1;
      const n = slack <= 1 ? listMatches(layout.plateMask[c]!, this.items[c]!, hole, cheapest(k), this.matches, c * MAX_OPTIONS) : -1;
      this.matchCount[c] = n;
      if (n > 0) {
        this.candidates[m++] = c;
        continue;
      }
      cost -= cheapest(k);
      const nextEven = Math.min(manyEven + evenCost(k), manyOdd + oddCost(k));
      manyOdd = Math.min(manyEven + oddCost(k), manyOdd + evenCost(k));
      manyEven = nextEven;
    }
    this.manyEven = manyEven;
    this.manyOdd = manyOdd;
    this.complete = manyOdd === UNREACHABLE;
    this.candidateCount = m;
    this.best = best;
    this.floor = floor;
    this.choose(0, cost, parity);
    // The kept assignment leaves these colours open.
    for (let i = 0; i < layout.manyCount; i++) {
      const c = layout.many[i]!;
      if (this.matchCount[c]! > 0) for (let left = this.items[c]!; left !== 0; left &= left - 1) this.aim(lowest(left), -1);
    }
    return this.best;
  }

  /** Gives the i-th candidate colour each of its matches in turn (see searchMatches). */
  private choose(i: number, cost: number, parity: number): void {
    if (cost + Math.min(this.manyEven, this.manyOdd) >= this.best) return;
    if (i === this.candidateCount) {
      const value = this.leaf(cost, parity);
      if (value < this.best) this.best = value;
      return;
    }
    const c = this.candidates[i]!;
    const n = this.matchCount[c]!;
    if (this.layout.kind[c] !== MANY) {
      this.choose(i + 1, cost, parity);
      if (this.best <= this.floor) return;
      const k = this.costs[c]!;
      this.swapTargets(this.items[c]!);
      this.choose(i + 1, cost + switchCost(k), parity ^ 1);
      this.swapTargets(this.items[c]!);
      return;
    }
    for (let o = 0; o < n && this.best > this.floor; o++) {
      const match = this.matches[c * MAX_OPTIONS + o]!;
      let j = 0;
      for (let left = this.items[c]!; left !== 0; left &= left - 1) {
        this.aim(lowest(left), this.layout.plateAt[(c << 4) | ((match >> (3 * j++)) & 7)]!);
      }
      this.choose(i + 1, cost + ((match >> 21) & 1), parity ^ ((match >> 22) & 1));
    }
  }

  /**
   * The count for the kept assignment of the determined colours (targets -1 where open),
   * costing `cost` with match parity `parity`: its cycles, and the better parity of the open
   * colours. Only positions one line from their targets can lie on a counted cycle.
   */
  private leaf(cost: number, parity: number): number {
    const sigma = this.sigma;
    const ones = this.oneAway & ~(1 << this.hole);
    let left = ones;
    let extra = 0;
    let closed = 0;
    while (left !== 0) {
      const start = lowest(left);
      let q = start;
      let cycle = 0;
      let counted = 1;
      do {
        left &= ~(1 << q);
        cycle |= 1 << q;
        q = sigma[q]!;
        if ((ones & (1 << q)) === 0) {
          counted = 0;
          break;
        }
      } while (q !== start);
      if (counted === 1) {
        extra++;
        closed |= cycle;
      }
    }
    const p = this.layout.plateParity ^ this.itemParity ^ parity;
    const count = cost + extra;
    if (this.complete) {
      // Every target is known: the stuck-hole and zero-waste terms (d), (e) may add two.
      if (((count ^ p) & 1) === 0 && count >= this.stuckFrom && count <= this.stuckTo && count > 0) {
        if (!mayWasteNothing(sigma, this.hole, this.oneAway, this.twoAway, closed)) return count + 2;
        if (this.zeroWaste) {
          if (mustWaste(sigma, this.hole, closed)) return count + 2;
          if (foundSequence() && count < this.solvedIn) {
            // A sequence of `count` moves realises this assignment: a solution (see lineMoves).
            this.solvedIn = count;
            this.lineTargets.set(sigma);
            this.lineHole = this.hole;
          }
        }
      }
      return roundUp(count, p);
    }
    const withEven = roundUp(count + this.manyEven, p);
    const withOdd = roundUp(count + this.manyOdd, p ^ 1);
    return withEven < withOdd ? withEven : withOdd;
  }
}
