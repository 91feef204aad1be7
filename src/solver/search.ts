/**
 * One direction of the exact search: iterative-deepening depth-first search (IDA*) over the
 * boards of one layout, guided by the bound and a memo of proven bounds. The depth-first walk
 * keeps its stack in typed arrays, so an iteration can pause after any number of nodes and
 * resume later exactly where it stopped: the caller interleaves directions, reports progress
 * and cancels between slices. Nothing is allocated inside the walk; engine data only.
 */
import type { Board } from '../engine';
import * as engine from '../engine';
import { BoundState } from './bound';
import type { Layout } from './layout';
import * as layouts from './layout';
import * as memoModule from './memo';
import { Memo } from './memo';
import * as tables from './tables';
import * as zeroWasteModule from './zero-waste';

// Loaders that run TypeScript in Node (tsx, vitest) read imported bindings through getters;
// the hot paths read these local copies instead.
const { KEY_BITS, LOW_POSITIONS, SIZE, colourCodes } = engine;
const { layoutOf } = layouts;
const { MOVES_FROM, MOVES_START } = tables;
const { EXACT } = memoModule;
const { zeroWasteWork } = zeroWasteModule;

/** `run` found a line within the threshold (read it from `line`). */
export const FOUND = -1;
/** `run` used its node allowance; calling it again with the same threshold resumes. */
export const PAUSED = -2;
/** Deepest search: far beyond the hardest boards (26 moves), and the size of the stack. */
export const MAX_DEPTH = 96;
/** Room per depth for the children of one board (at most 10 moves into any hole). */
const FAN = 16;
const NONE = -1;
const UNBOUNDED = 1 << 20;
/**
 * Nodes a loaded board is searched before the bound adds its zero-waste term: most boards are
 * solved in fewer, where that term's own searches cost more than they save; the costly ones
 * need far fewer nodes with it.
 */
const ZERO_WASTE_AFTER = 1_000;

/** One search direction: load a board, then run budgeted iterations on it. Reused across solves. */
export class Searcher {
  private readonly state = new BoundState();
  private readonly memo: Memo;
  readonly lastFirst: boolean;
  private layout: Layout | null = null;
  /** The loaded layout's tag in the memo. */
  private tag = 0;
  private lo = 0;
  private hi = 0;
  /** The iteration in progress (its threshold), or NONE. */
  private threshold = NONE;
  private depth = 0;
  /** Whether the board at `depth` is entered but not yet expanded. */
  private pending = false;
  private readonly path = new Int8Array(MAX_DEPTH);
  /** The hole at each depth: the move that returns to that board from the next. */
  private readonly holeAt = new Int8Array(MAX_DEPTH);
  private readonly boundAt = new Int32Array(MAX_DEPTH);
  /** The least proven distance over the children settled so far, plus one, per depth. */
  private readonly bestAt = new Int32Array(MAX_DEPTH);
  private readonly childCount = new Uint8Array(MAX_DEPTH);
  private readonly nextChild = new Uint8Array(MAX_DEPTH);
  private readonly childMove = new Int8Array(MAX_DEPTH * FAN);
  private readonly childBound = new Int32Array(MAX_DEPTH * FAN);
  /** Nodes expanded since the searcher was made. */
  nodes = 0;
  /** `nodes` when the board was loaded. */
  private loadedAt = 0;
  /** The line of the last run that returned FOUND. */
  line: number[] = [];
  /** An optimal line remembered (see remember), its layout, and the keys of the boards along it. */
  private knownLine: readonly number[] = [];
  private knownLayout = 0;
  private readonly lineLo = new Int32Array(MAX_DEPTH + 1);
  private readonly lineHi = new Int32Array(MAX_DEPTH + 1);
  /** Set by expand when a child is on the remembered line within the threshold. */
  private shortcut = false;

  /**
   * `memo` may be shared with other searchers: its entries are tagged by layout. `lastFirst`
   * breaks ties between children of equal bound the other way round: two searchers of one board
   * that order ties differently and share a memo split an iteration between them.
   */
  constructor(memo: Memo = new Memo(), lastFirst = false) {
    this.memo = memo;
    this.lastFirst = lastFirst;
  }

  /**
   * Sets the board to search from (a valid board); the memo keeps what it proved for any layout.
   * `spent`: nodes already spent on it elsewhere (a split's child, split.ts), which count towards
   * ZERO_WASTE_AFTER.
   */
  load(board: Board, spent = 0): void {
    const layout = layoutOf(board);
    this.layout = layout;
    this.tag = this.memo.tagOf(layout);
    this.knownLine = [];
    const cells = colourCodes(board);
    this.state.load(layout, cells);
    this.state.zeroWaste = spent >= ZERO_WASTE_AFTER;
    this.loadedAt = this.nodes - spent;
    this.lo = 0;
    this.hi = 0;
    for (let p = 0; p < SIZE; p++) this.toggle(p, cells[p]!);
    this.threshold = NONE;
    this.depth = 0;
  }

  /** The best proven lower bound for the loaded board (when no iteration is under way). */
  rootBound(): number {
    this.rewind();
    return this.known(this.rootEvaluate());
  }

  /**
   * The loaded board's full bound, or with a `limit` only as much of it as the search needs
   * (BoundState.evaluate). The boards its zero-waste searches visit count as nodes, as a child's
   * do: a split's children each evaluate their board at every iteration.
   */
  private rootEvaluate(limit = -1): number {
    const work = zeroWasteWork();
    const bound = limit < 0 ? this.state.exact() : this.state.evaluate(limit);
    this.nodes += zeroWasteWork() - work;
    return bound;
  }

  /**
   * Plays a move on the loaded board, which becomes the board searched from (abandoning any
   * iteration): testing a child of the loaded board this way needs no new load.
   */
  playMove(from: number): void {
    this.rewind();
    this.move(from);
  }

  /** The hole of the loaded board. */
  holePosition(): number {
    this.rewind();
    return this.state.hole;
  }

  /**
   * Records an optimal line of the loaded board (when no iteration is under way): every board
   * along it is at an exact distance, so a later search that reaches one of them within its
   * threshold has found a line without searching further (the line's remainder finishes it).
   */
  remember(line: readonly number[]): void {
    this.rewind();
    const holes: number[] = [];
    for (let i = 0; i <= line.length; i++) {
      this.memo.setExact(this.lo, this.hi, this.tag, line.length - i);
      this.lineLo[i] = this.lo;
      this.lineHi[i] = this.hi;
      if (i === line.length) break;
      holes.push(this.state.hole);
      this.move(line[i]!);
    }
    while (holes.length > 0) this.move(holes.pop()!);
    this.knownLine = line;
    this.knownLayout = this.tag;
  }

  /** The larger of `bound` and what the memo proved for the current board. */
  private known(bound: number): number {
    const known = this.memo.get(this.lo, this.hi, this.tag) & ~EXACT;
    return known > bound ? known : bound;
  }

  /** Flips a colour code in or out of the board key (the packing engine/key.ts describes). */
  private toggle(p: number, colour: number): void {
    if (p < LOW_POSITIONS) this.lo ^= colour << (KEY_BITS * p);
    else this.hi ^= colour << (KEY_BITS * (p - LOW_POSITIONS));
  }

  /** Moves the pebble at `from` into the hole, board and key. */
  private move(from: number): void {
    const colour = this.state.cells[from]!;
    this.toggle(from, colour);
    this.toggle(this.state.hole, colour);
    this.state.play(from);
  }

  /** Back to the loaded board, abandoning any iteration. */
  private rewind(): void {
    while (this.depth > 0) this.move(this.holeAt[--this.depth]!);
    this.threshold = NONE;
  }

  /**
   * Is the loaded board solvable within `threshold` moves? Expands at most `allowance` nodes,
   * then returns PAUSED; a later call with the same threshold resumes the same iteration.
   * Returns FOUND (see `line`), PAUSED, or a proven lower bound above the threshold.
   */
  run(threshold: number, allowance: number): number {
    if (threshold >= MAX_DEPTH) throw new RangeError(`search deeper than ${MAX_DEPTH - 1} moves`);
    if (threshold !== this.threshold) {
      this.rewind();
      const h = this.known(this.rootEvaluate(threshold));
      if (h > threshold) return h;
      const line: number[] = [];
      if (this.state.solvedIn <= threshold && this.state.lineMoves(line)) {
        this.line = line;
        return FOUND;
      }
      this.threshold = threshold;
      this.boundAt[0] = h;
      this.pending = true;
    }
    const limit = this.nodes + allowance;
    const state = this.state;
    for (;;) {
      const depth = this.depth;
      if (this.pending) {
        if (this.boundAt[depth] === 0) {
          this.line = Array.from(this.path.subarray(0, depth));
          this.rewind();
          return FOUND;
        }
        if (this.nodes >= limit) return PAUSED;
        // The bound's zero-waste searches count as nodes too, so a slice of nodes stays a
        // slice of time.
        const work = zeroWasteWork();
        this.nodes++;
        this.pending = false;
        this.expand(depth);
        this.nodes += zeroWasteWork() - work;
        if (this.nodes - this.loadedAt >= ZERO_WASTE_AFTER) state.zeroWaste = true;
        if (this.shortcut) {
          this.rewind();
          return FOUND;
        }
        continue;
      }
      const j = this.nextChild[depth]!;
      if (j < this.childCount[depth]!) {
        this.nextChild[depth] = j + 1;
        const from = this.childMove[depth * FAN + j]!;
        this.holeAt[depth] = state.hole;
        this.path[depth] = from;
        this.move(from);
        this.depth = depth + 1;
        this.boundAt[depth + 1] = this.childBound[depth * FAN + j]!;
        this.pending = true;
        continue;
      }
      // Every child is settled: what this board is proven to need.
      const best = this.bestAt[depth]!;
      const proven = best > this.boundAt[depth]! ? best : this.boundAt[depth]!;
      this.memo.set(this.lo, this.hi, this.tag, proven);
      if (depth === 0) {
        this.threshold = NONE;
        return proven;
      }
      this.move(this.holeAt[depth - 1]!);
      this.depth = depth - 1;
      if (proven + 1 < this.bestAt[depth - 1]!) this.bestAt[depth - 1] = proven + 1;
    }
  }

  /**
   * Lists the children of the board at `depth` that may lie within the threshold, by bound,
   * cheapest first; the others only lower `bestAt`. The move back to the parent is skipped: the
   * parent's bound stands in for it, so what the board is proven to need stays a true bound.
   */
  private expand(depth: number): void {
    const state = this.state;
    const memo = this.memo;
    const tag = this.tag;
    const hole = state.hole;
    const parentHole = depth > 0 ? this.holeAt[depth - 1]! : NONE;
    const limit = this.threshold - depth - 1;
    const base = depth * FAN;
    let best = depth > 0 ? this.boundAt[depth - 1]! + 1 : UNBOUNDED;
    let n = 0;
    this.shortcut = false;
    for (let i = MOVES_START[hole]!, end = MOVES_START[hole + 1]!; i < end; i++) {
      const from = MOVES_FROM[i]!;
      if (from === parentHole) continue;
      let b = state.quickAfter(from);
      if (b <= limit) {
        const colour = state.cells[from]!;
        this.toggle(from, colour);
        this.toggle(hole, colour);
        let known = memo.get(this.lo, this.hi, tag);
        if (known >= EXACT) {
          known &= ~EXACT;
          const at = this.knownLine.length - known;
          if (known <= limit && tag === this.knownLayout && at >= 0 && this.lineLo[at] === this.lo && this.lineHi[at] === this.hi) {
            // On the remembered line, close enough: the line is found.
            this.line = [...this.path.subarray(0, depth), from, ...this.knownLine.slice(this.knownLine.length - known)];
            this.toggle(from, colour);
            this.toggle(hole, colour);
            this.shortcut = true;
            return;
          }
        }
        if (known > limit) b = known;
        else {
          state.tryMove(from);
          b = state.evaluate(limit);
          state.untry();
          if (known > b) b = known;
          if (state.solvedIn <= limit) {
            // The bound's zero-waste search solved the child within the threshold: a line.
            const line = [...this.path.subarray(0, depth), from];
            if (state.lineMoves(line)) {
              this.line = line;
              this.toggle(from, colour);
              this.toggle(hole, colour);
              this.shortcut = true;
              return;
            }
          }
        }
        this.toggle(from, colour);
        this.toggle(hole, colour);
      }
      if (b > limit) {
        if (b + 1 < best) best = b + 1;
        continue;
      }
      let j = n++;
      const after = this.lastFirst ? b - 1 : b; // ties: later moves before earlier ones
      while (j > 0 && this.childBound[base + j - 1]! > after) {
        this.childBound[base + j] = this.childBound[base + j - 1]!;
        this.childMove[base + j] = this.childMove[base + j - 1]!;
        j--;
      }
      this.childBound[base + j] = b;
      this.childMove[base + j] = from;
    }
    this.childCount[depth] = n;
    this.nextChild[depth] = 0;
    this.bestAt[depth] = best;
  }
}
