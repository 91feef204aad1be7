/**
 * One direction of the exact search: iterative-deepening depth-first search (IDA*) over the
 * boards of one layout, guided by the assignment bound and a memo of proven bounds. Each run is
 * one iteration with a node allowance, so a caller can interleave directions, report progress
 * and cancel. Typed arrays and no allocation inside the search; engine data only.
 */
import type { Board } from '../engine';
import { KEY_BITS, LOW_POSITIONS, SIZE, colourCodes, holeOf } from '../engine';
import type { Bound, BoundKind } from './bound';
import { boundFor } from './bound';
import type { Layout } from './layout';
import { MOVES_FROM, MOVES_START, layoutKey, layoutOf } from './layout';
import { Memo } from './memo';

const FOUND = -1;
const ABORTED = -2;
const NONE = -1;
/** Deepest search: far beyond the hardest boards (26 moves), and the size of the scratch arrays. */
const MAX_DEPTH = 64;
/** Room per depth for the children of one board (at most 10 moves from any hole). */
const FAN = 16;
/** How often (in nodes) the caller's stop check is polled. */
const POLL_MASK = 1023;

/** How one iteration ended: a line found, a proven lower bound above the threshold, or out of nodes. */
export type RunOutcome =
  | { readonly kind: 'found'; readonly line: readonly number[] }
  | { readonly kind: 'failed'; readonly bound: number }
  | { readonly kind: 'aborted'; readonly stopped: boolean };

/** One search direction: load a board, then run budgeted iterations on it. Reused across solves. */
export class Searcher {
  private layout: Layout | null = null;
  private bound: Bound | null = null;
  private readonly boundKind: BoundKind;
  private readonly memo: Memo;
  private readonly cells = new Uint8Array(SIZE);
  private hole = 0;
  private lo = 0;
  private hi = 0;
  private readonly path = new Int8Array(MAX_DEPTH);
  private foundLine: number[] = [];
  private readonly childMove = new Int8Array(MAX_DEPTH * FAN);
  private readonly childBound = new Int32Array(MAX_DEPTH * FAN);
  private limit = 0;
  private stop: (() => boolean) | undefined = undefined;
  private stopped = false;
  /** Nodes expanded since the searcher was made. */
  nodes = 0;

  constructor(boundKind: BoundKind = 'assignment', memoBits = 16) {
    this.boundKind = boundKind;
    this.memo = new Memo(memoBits);
  }

  /** Sets the board to search from; keeps the memo when the layout is unchanged. */
  load(board: Board): void {
    if (this.layout === null || this.layout.key !== layoutKey(board)) {
      this.layout = layoutOf(board);
      this.bound = boundFor(this.boundKind, this.layout);
      this.memo.clear();
    }
    this.cells.set(colourCodes(board));
    this.hole = holeOf(board);
    this.lo = 0;
    this.hi = 0;
    for (let p = 0; p < SIZE; p++) this.toggle(p, this.cells[p]!);
  }

  /** The best proven lower bound for the loaded board. */
  rootBound(): number {
    return this.boundHere();
  }

  /**
   * One iteration: is the loaded board solvable within `threshold` moves? Expands at most
   * `allowance` nodes and polls `stop` now and then; an aborted run stores nothing unproven.
   */
  run(threshold: number, allowance: number, stop?: () => boolean): RunOutcome {
    this.limit = this.nodes + allowance;
    this.stop = stop;
    this.stopped = false;
    const h = this.boundHere();
    if (h > threshold) return { kind: 'failed', bound: h };
    const r = this.dfs(0, Math.min(threshold, MAX_DEPTH - 1), h, NONE, 0);
    if (r === ABORTED) return { kind: 'aborted', stopped: this.stopped };
    if (r === FOUND) return { kind: 'found', line: this.foundLine };
    return { kind: 'failed', bound: r };
  }

  /** Flips a colour code in or out of the board key (the engine's boardKey packing). */
  private toggle(p: number, colour: number): void {
    if (p < LOW_POSITIONS) this.lo ^= colour << (KEY_BITS * p);
    else this.hi ^= colour << (KEY_BITS * (p - LOW_POSITIONS));
  }

  /** Moves the pebble (of `colour`) at `from` into the hole at `hole`. */
  private play(from: number, hole: number, colour: number): void {
    this.cells[hole] = colour;
    this.cells[from] = 0;
    this.hole = from;
    this.toggle(from, colour);
    this.toggle(hole, colour);
  }

  /** Takes back `play(from, hole, colour)`. */
  private unplay(from: number, hole: number, colour: number): void {
    this.toggle(from, colour);
    this.toggle(hole, colour);
    this.cells[from] = colour;
    this.cells[hole] = 0;
    this.hole = hole;
  }

  private boundHere(): number {
    const h = this.bound!.evaluate(this.cells, this.hole);
    const known = this.memo.get(this.lo, this.hi);
    return known > h ? known : h;
  }

  /**
   * Searches below the current board at depth g, whose bound h satisfies g + h <= threshold.
   * Returns FOUND, ABORTED, or a proven lower bound on the board's distance. The move back to the
   * parent is skipped; the parent's bound stands in for it, so the result stays a true bound.
   */
  private dfs(g: number, threshold: number, h: number, parentHole: number, parentBound: number): number {
    if (h === 0) {
      this.foundLine = Array.from(this.path.subarray(0, g));
      return FOUND;
    }
    if (++this.nodes > this.limit) return ABORTED;
    if ((this.nodes & POLL_MASK) === 0 && this.stop !== undefined && this.stop()) {
      this.stopped = true;
      return ABORTED;
    }
    const cells = this.cells;
    const hole = this.hole;
    const base = g * FAN;
    let n = 0;
    for (let i = MOVES_START[hole]!, end = MOVES_START[hole + 1]!; i < end; i++) {
      const from = MOVES_FROM[i]!;
      if (from === parentHole) continue;
      const colour = cells[from]!;
      this.play(from, hole, colour);
      const b = this.boundHere();
      this.unplay(from, hole, colour);
      // Insertion by bound, so that promising children are tried first.
      let j = n++;
      while (j > 0 && this.childBound[base + j - 1]! > b) {
        this.childBound[base + j] = this.childBound[base + j - 1]!;
        this.childMove[base + j] = this.childMove[base + j - 1]!;
        j--;
      }
      this.childBound[base + j] = b;
      this.childMove[base + j] = from;
    }

    let best = parentHole === NONE ? 1 << 20 : 1 + parentBound;
    for (let j = 0; j < n; j++) {
      const b = this.childBound[base + j]!;
      if (g + 1 + b > threshold) {
        if (1 + b < best) best = 1 + b;
        break; // children are sorted: the rest are out of reach too
      }
      const from = this.childMove[base + j]!;
      const colour = cells[from]!;
      this.play(from, hole, colour);
      this.path[g] = from;
      const r = this.dfs(g + 1, threshold, b, hole, h);
      this.unplay(from, hole, colour);
      if (r === FOUND || r === ABORTED) return r;
      if (1 + r < best) best = 1 + r;
    }
    const proven = best > h ? best : h;
    this.memo.set(this.lo, this.hi, proven);
    return proven;
  }
}
