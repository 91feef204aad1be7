/**
 * The solver API that the worker exposes over comlink, and its type for the client. Runs in the
 * worker only: this is the one main-thread-free module that imports solver runtime code. Inputs
 * are re-checked with parseBoard, because anything can arrive over a message port. A solve runs
 * in slices and gives the worker's event loop a turn now and then, so that progress reaches the
 * page, a cancel() sent while it runs stops it within a slice, and the page's heartbeat (ping)
 * is answered while it runs.
 */
import type { Board } from '../engine';
import { EXAMPLE_BOARD, applyMoves, describeBoardError, parseBoard, solvedBoard } from '../engine';
import type { GenerateOptions, SolveProgress, SolveResult } from '../solver';
import { SolveCancelled, generate, solve, solveSteps } from '../solver';

/** What a random or daily board must be: its exact distance and the seed that names it. */
export type GenerateRequest = GenerateOptions;

/** Receives a running solve's progress (through a comlink proxy when called from the page). */
export type ProgressListener = (progress: SolveProgress) => unknown;

/** How long a solve computes before it lets the worker read its messages (a cancel, say). */
const YIELD_MS = 16;
/** How often a running solve reports its progress: every so many nodes (about a tenth of a second). */
const PROGRESS_NODES = 1 << 16;

function checked(plates: unknown, pebbles: unknown): Board {
  const parsed = parseBoard(plates, pebbles);
  if (!parsed.ok) throw new Error(`invalid board: ${describeBoardError(parsed.error)}`);
  return parsed.value;
}

function plain(result: SolveResult): SolveResult {
  return { distance: result.distance, hints: [...result.hints], line: [...result.line], nodes: result.nodes };
}

/** A macrotask: the event loop delivers pending messages before it runs. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Solves (and warm-ups, which use the same solver) run one after another; a cancel() stops the
 * solve running and those waiting when it came.
 */
let queue: Promise<unknown> = Promise.resolve();
let cancelled = 0;

function serial<T>(task: () => T | Promise<T>): Promise<T> {
  const run = queue.then(task);
  queue = run.catch(() => undefined);
  return run;
}

async function solveInSlices(board: Board, onProgress: ProgressListener | undefined, ticket: number): Promise<SolveResult> {
  const stopped = (): boolean => cancelled > ticket;
  let lastYield = performance.now();
  let reported = 0;
  const steps = solveSteps(board, { shouldStop: stopped });
  for (;;) {
    const step = steps.next();
    if (step.done === true) return plain(step.value);
    if (onProgress !== undefined && step.value.nodes - reported >= PROGRESS_NODES) {
      reported = step.value.nodes;
      // Fire and forget: the page may be gone, and a lost report must not stop the solve.
      Promise.resolve(onProgress({ ...step.value, hints: [...step.value.hints] })).catch(() => undefined);
    }
    const now = performance.now();
    if (now - lastYield >= YIELD_MS) {
      await nextTask();
      lastYield = performance.now();
      if (stopped()) throw new SolveCancelled('cancelled');
    }
  }
}

export const api = {
  /**
   * The exact distance, every optimal next move and one optimal line for a board. Reports
   * progress to `onProgress` every 65,536 nodes (a tenth of a second or so) while it runs;
   * rejects with "solve cancelled" when cancel() is called before it ends.
   */
  solve(plates: string, pebbles: string, onProgress?: ProgressListener): Promise<SolveResult> {
    const board = checked(plates, pebbles);
    const ticket = cancelled;
    return serial(() => {
      if (cancelled > ticket) throw new SolveCancelled('cancelled');
      return solveInSlices(board, onProgress, ticket);
    });
  },

  /** Stops the running solve (and any waiting): each rejects with "solve cancelled". */
  cancel(): void {
    cancelled++;
  },

  /** A board whose exact distance is `request.distance`, named by its seed. */
  generate(request: GenerateRequest): Board {
    const board = generate({ ...request });
    return { plates: board.plates, pebbles: board.pebbles };
  },

  /**
   * Answers at once: the page's heartbeat. A solve gives the worker's event loop a turn every
   * few milliseconds, so a live worker answers within a slice even while it solves.
   */
  ping(): true {
    return true;
  },

  /** Solves a board four moves from solved, so that the first real request does not pay for cold code. */
  warmUp(): Promise<number> {
    return serial(() => solve(applyMoves(solvedBoard(EXAMPLE_BOARD)!, [3, 5, 14, 12])).distance);
  },
};

export type SolverApi = typeof api;
