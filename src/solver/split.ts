/**
 * A search split at its root: one searcher per next move, each searching its child one move
 * shallower, all sharing the direction's memo. In each iteration every child first gets a short
 * turn, then each is searched to its end in turn, resuming where it paused. When an iteration is
 * going to find a line, the first move decides its cost (docs/SOLVER.md: a few hundred nodes
 * under the right move, tens of thousands under each wrong one), so the right move is tried
 * before the wrong ones are refuted; when the iteration fails, every child is searched to its end
 * as in one search. Solver modules and engine types only.
 */
import type { Board } from '../engine';
import type { Searcher } from './search';
import { FOUND, PAUSED } from './search';
import * as tables from './tables';

const { MOVES_FROM, MOVES_START } = tables;

/**
 * Each child's turn in the first round over the children of an iteration; from the second round
 * on, each child is searched to its end in turn. Measured on the costliest boards of other
 * layouts against turns that double after each round up to 128, 512 and 2,048 nodes before
 * that: 1%, 1.6% and 2.5% fewer nodes; against no first round, 55% fewer.
 */
const FIRST_TURN = 64;
const NONE = -1;

export class Split {
  private readonly kids: Searcher[] = [];
  private readonly moves: number[] = [];
  /** Per child: what it is proven to need at the current threshold, or 0 while unsettled. */
  private readonly done: number[] = [];
  private threshold = NONE;
  private next = 0;
  private turn = FIRST_TURN;
  private used = 0;
  /** The line of the last run that returned FOUND, in the root board's moves. */
  line: number[] = [];
  /** Nodes its searchers expanded. */
  spent = 0;

  /**
   * The children of `board` (hole at `hole`), in move order or, for `lastFirst`, the reverse
   * (so that two splits of one board sharing a memo start at opposite ends); `spawn(i)` gives
   * the searcher of the i-th (dropping what it had loaded); `spent` is the nodes the board has
   * cost so far (search.ts, load).
   */
  constructor(board: Board, hole: number, spawn: (i: number) => Searcher, lastFirst: boolean, spent: number) {
    const start = MOVES_START[hole]!;
    const end = MOVES_START[hole + 1]!;
    for (let i = start; i < end; i++) {
      const from = MOVES_FROM[lastFirst ? end - 1 - (i - start) : i]!;
      const kid = spawn(this.kids.length);
      kid.load(board, spent);
      kid.playMove(from);
      this.kids.push(kid);
      this.moves.push(from);
      this.done.push(0);
    }
  }

  /** As Searcher.run, for the root board. */
  run(threshold: number, allowance: number): number {
    if (threshold !== this.threshold) {
      this.threshold = threshold;
      this.done.fill(0);
      this.next = 0;
      this.turn = FIRST_TURN;
      this.used = 0;
    }
    let left = allowance;
    while (left > 0) {
      let open = false;
      for (let k = 0; k <= this.kids.length && !open; k++) {
        if (this.done[this.next] === 0 && this.used < this.turn) open = true;
        else this.advance();
      }
      if (!open) break;
      const kid = this.kids[this.next]!;
      const before = kid.nodes;
      const outcome = kid.run(threshold - 1, Math.min(left, this.turn - this.used));
      const spent = kid.nodes - before;
      left -= spent;
      this.spent += spent;
      this.used += spent;
      if (outcome === FOUND) {
        this.line = [this.moves[this.next]!, ...kid.line];
        this.threshold = NONE;
        return FOUND;
      }
      if (outcome !== PAUSED) this.done[this.next] = outcome;
    }
    if (this.done.every((d) => d > 0)) {
      this.threshold = NONE;
      return Math.min(...this.done) + 1;
    }
    return PAUSED;
  }

  private advance(): void {
    this.used = 0;
    if (++this.next === this.kids.length) {
      this.next = 0;
      this.turn = Infinity;
    }
  }
}
