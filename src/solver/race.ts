/**
 * Racing the search directions (docs/SOLVER.md): the forward search from the board, and a
 * reverse search from each solved board (reverse.ts), each as two searchers that order equal
 * children the opposite way and share a memo, take turns of doubling node allowances, each
 * resuming where it paused. A line found by any search settles a threshold; so does a forward
 * search failing, or a reverse search from every solved board failing (the board is as far as
 * its nearest solved board). Between slices the race yields a progress report, and stops when
 * asked. Solver modules and engine types only.
 */
import type { Board, Move } from '../engine';
import { forwardLine } from './reverse';
import type { Searcher } from './search';
import { FOUND, PAUSED } from './search';
import { Split } from './split';

import type { SolveOptions, SolveProgress } from './types';
import { SolveCancelled } from './types';

/**
 * Nodes a direction searches before it splits at its root: most boards are solved in fewer, and
 * a split costs a load per child. On the costliest boards of other layouts 1,000 took as many
 * nodes, 4,000 2% more and 8,000 17% more.
 */
const SPLIT_AFTER = 2_000;
/** The most nodes searched between two looks at the caller's limits (a few milliseconds). */
const SLICE = 4096;
/**
 * How many times a forward turn the reverse searches get. Measured on the benchmark's sets (about
 * 700 boards), the reverse search alone never took more than 2.4 times the forward search alone,
 * while the forward alone took over 1,700 times the reverse on one board (the search-hostile
 * layout among the hardest boards) and more in total on the costliest boards, where an even race
 * spent about as much on the losing direction as on the winning one. Eight times: a board the
 * reverse settles costs about 1.1 times that search instead of 2, one only the forward settles
 * at most 9 times. Sixteen since directions split at their root (split.ts): against 8, 7% fewer
 * nodes on the costliest boards of the standard shape, the same on other layouts' (4: 11% and
 * 4% more; 32: 10% and 1% fewer); the hardest and random boards settle before it matters.
 */
export const REVERSE_SHARE = 16;

/**
 * One way to search a board: a searcher, what makes the board it searches from (loaded already
 * for the first forward search), and for a reverse search the solved board its lines lead back
 * from. Once it has searched SPLIT_AFTER nodes it splits at its root (split.ts), its children
 * searched by searchers from `spawn`. A reverse search that `mirror` shows to be the forward one
 * again takes no turns.
 */
export class Direction {
  private split: Split | null = null;
  private spent = 0;
  /** Whether this search takes no turns (it would repeat the forward one). */
  idle = false;

  constructor(
    readonly searcher: Searcher,
    private readonly board: () => Board,
    readonly solved: Board | null,
    /** 0 for the forward searches, i + 1 for the reverse searches from the i-th solved board. */
    readonly group: number,
    private loaded: boolean,
    private readonly spawn: (i: number) => Searcher,
    private readonly mirror: () => boolean = () => false,
  ) {}

  /** Nodes this direction's searchers expanded. */
  nodes(): number {
    return this.spent;
  }

  /** As Searcher.run. */
  run(threshold: number, allowance: number): number {
    if (this.split !== null) {
      const before = this.split.spent;
      const outcome = this.split.run(threshold, allowance);
      this.spent += this.split.spent - before;
      return outcome;
    }
    if (!this.loaded) {
      this.idle = this.mirror();
      if (this.idle) return PAUSED;
      this.searcher.load(this.board());
      this.loaded = true;
    }
    const before = this.searcher.nodes;
    const outcome = this.searcher.run(threshold, allowance);
    this.spent += this.searcher.nodes - before;
    if (outcome === PAUSED && this.spent >= SPLIT_AFTER) {
      const { searcher } = this;
      this.split = new Split(this.board(), searcher.holePosition(), this.spawn, searcher.lastFirst, this.spent);
    }
    return outcome;
  }

  /** The line just found, as moves from the original board. */
  line(): Move[] {
    const line = this.split !== null ? this.split.line : this.searcher.line;
    return this.solved === null ? [...line] : forwardLine(line, this.solved);
  }
}

/** The running state of one solve: what is proven so far, and the caller's limits. */
export class Run {
  /** Proven: the board (or the child under test) needs at least this many moves. */
  atLeast = 0;
  /** The parity of every solution's length when all have one (reverse.ts, lengthParity), else null. */
  parity: number | null = null;
  /** The board's distance once known (the hints phase), which progress reports instead. */
  distance = 0;
  phase: SolveProgress['phase'] = 'distance';
  readonly hints = new Set<Move>();
  private readonly start: number;
  private reported = 0;
  private last: SolveProgress | null = null;

  constructor(
    private readonly searchers: readonly Searcher[],
    private readonly options: SolveOptions,
    /** False once another solve has used the same searchers: this one cannot go on. */
    private readonly current: () => boolean = () => true,
  ) {
    this.start = this.total();
  }

  /** After a pause: the searchers must still hold this solve's state. */
  resume(): void {
    if (!this.current()) throw new Error('the solver was used by another solve while this one was paused');
  }

  private total(): number {
    let nodes = 0;
    for (const s of this.searchers) nodes += s.nodes;
    return nodes;
  }

  /** Nodes expanded since the solve began. */
  used(): number {
    return this.total() - this.start;
  }

  /** Nodes the next slice may search, out of what is left of a turn. */
  slice(turnLeft: number): number {
    const left = (this.options.maxNodes ?? Infinity) - this.used();
    return Math.max(1, Math.min(turnLeft, SLICE, left));
  }

  /** Between slices: stop when asked or out of nodes; report at most once a slice's worth of nodes. */
  checkpoint(): SolveProgress {
    if (this.options.shouldStop?.() === true) throw new SolveCancelled('cancelled');
    const used = this.used();
    if (used >= (this.options.maxNodes ?? Infinity)) throw new SolveCancelled('node-limit');
    if (this.last !== null && used - this.reported < SLICE) return this.last;
    this.reported = used;
    const atLeast = this.phase === 'hints' ? this.distance : this.atLeast;
    this.last = { phase: this.phase, nodes: used, atLeast, hints: [...this.hints].sort((a, b) => a - b) };
    this.options.onProgress?.(this.last);
    return this.last;
  }
}

/**
 * Races `directions` (the forward one first) at `run.atLeast`, raised after each proof that the
 * board needs more when `deepen` is set; the reverse searches get `share` times a forward turn.
 * Returns the line found, in the original board's moves,
 * or null once the board is proven to need more than the threshold and `deepen` is not set.
 */
export function* race(
  directions: readonly Direction[],
  run: Run,
  deepen: boolean,
  firstTurn: number,
  share = REVERSE_SHARE,
): Generator<SolveProgress, Move[] | null, void> {
  let groups = 0;
  for (const dir of directions) groups = Math.max(groups, dir.group + 1);
  /** Per group: the bound one of its searches proved at the current threshold, or 0 while none has. */
  const failed = new Array<number>(groups).fill(0);
  let refuted = 0;
  for (let turn = firstTurn; ; turn *= 2) {
    for (const dir of directions) {
      let left = dir.group > 0 ? turn * share : turn;
      while (left > 0 && failed[dir.group] === 0 && !dir.idle) {
        const before = dir.nodes();
        const outcome = dir.run(run.atLeast, run.slice(left));
        left -= dir.nodes() - before;
        if (outcome === FOUND) return dir.line();
        if (outcome === PAUSED) {
          yield run.checkpoint();
          run.resume();
          continue;
        }
        let proven = outcome;
        if (dir.group > 0) {
          failed[dir.group] = outcome;
          if (++refuted < groups - 1) break;
          proven = Math.min(...failed.slice(1)); // the nearest solved board decides
        }
        if (!deepen) return null;
        run.atLeast = Math.max(run.atLeast + 1, proven);
        if (run.parity !== null) run.atLeast += (run.atLeast ^ run.parity) & 1; // no line has the other
        failed.fill(0);
        refuted = 0;
      }
    }
  }
}
