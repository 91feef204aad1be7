/**
 * The exact solve: the distance to solved, the complete set of optimal next moves and one
 * optimal line. Both search directions take turns with doubling node allowances (SOLVER-NOTES
 * §4), first for the distance, then to test each next move. Written as generators that yield
 * between turns, so a worker can stay responsive and cancel; `solve` simply runs them through.
 */
import type { Board, Move } from '../engine';
import { applyMove, describeBoardError, isSolved, legalMoves, parseBoard, solvedBoard } from '../engine';
import type { BoundKind } from './bound';
import { forwardLine, reverseBoard } from './reverse';
import type { RunOutcome } from './search';
import { Searcher } from './search';
import type { DistanceResult, SolveOptions, SolveResult } from './types';
import { SolveCancelled } from './types';

/** Progress reported at each turn of a stepped solve. */
export interface SolveProgress {
  readonly nodes: number;
  readonly phase: 'distance' | 'hints';
}

/** A solver instance: one searcher per direction, so its memory is fixed however many solves run. */
export interface Solver {
  solveSteps(board: Board, options?: SolveOptions): Generator<SolveProgress, SolveResult, void>;
  distanceSteps(board: Board, options?: SolveOptions): Generator<SolveProgress, DistanceResult, void>;
  solve(board: Board, options?: SolveOptions): SolveResult;
  measure(board: Board, options?: SolveOptions): DistanceResult;
}

/**
 * The first turn's node allowance. Small, so that a direction that happens to be slow on a
 * board costs little before the other direction gets its turn.
 */
const FIRST_ALLOWANCE = 256;

interface Direction {
  readonly searcher: Searcher;
  readonly board: Board;
  /** Turns a line found from `board` into a line from the original board. */
  readonly toLine: (line: readonly number[]) => number[];
}

/** What a stepped search needs from its caller: limits, and one budgeted run in one direction. */
interface Session {
  readonly directionsFor: (board: Board) => Direction[];
  readonly attempt: (dir: Direction, threshold: number, allowance: number) => RunOutcome;
  readonly checkpoint: (phase: SolveProgress['phase']) => SolveProgress;
  readonly used: () => number;
}

function runThrough<T>(steps: Generator<SolveProgress, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/** One optimal line: each direction deepens in turn from the best bound either has proven. */
function* optimalLine(board: Board, session: Session): Generator<SolveProgress, number[], void> {
  if (isSolved(board)) return [];
  const directions = session.directionsFor(board);
  let lower = 0;
  for (const dir of directions) {
    dir.searcher.load(dir.board);
    lower = Math.max(lower, dir.searcher.rootBound());
  }
  for (let allowance = FIRST_ALLOWANCE; ; allowance *= 2) {
    for (const dir of directions) {
      let left = allowance;
      while (left > 0) {
        const before = session.used();
        const outcome = session.attempt(dir, lower, left);
        left -= session.used() - before;
        if (outcome.kind === 'found') return dir.toLine(outcome.line);
        if (outcome.kind === 'aborted') break;
        lower = Math.max(lower + 1, outcome.bound);
      }
      yield session.checkpoint('distance');
    }
  }
}

/** Whether `board` can be solved in `target` moves (it is known to need at least that many). */
function* isAtDistance(board: Board, target: number, session: Session): Generator<SolveProgress, boolean, void> {
  const directions = session.directionsFor(board);
  for (const dir of directions) {
    dir.searcher.load(dir.board);
    if (dir.searcher.rootBound() > target) return false;
  }
  for (let allowance = FIRST_ALLOWANCE; ; allowance *= 2) {
    for (const dir of directions) {
      const outcome = session.attempt(dir, target, allowance);
      if (outcome.kind !== 'aborted') return outcome.kind === 'found';
      yield session.checkpoint('hints');
    }
  }
}

/** A solver whose searches use the given bound (the full one unless a benchmark asks otherwise). */
export function createSolver(bound: BoundKind = 'assignment'): Solver {
  const forward = new Searcher(bound);
  const backward = new Searcher(bound);
  const totalNodes = (): number => forward.nodes + backward.nodes;

  const directionsFor = (board: Board): Direction[] => {
    const solved = solvedBoard(board);
    const ahead: Direction = { searcher: forward, board, toLine: (line) => [...line] };
    if (solved === null) return [ahead]; // several solved boards: only the forward search applies
    const behind: Direction = { searcher: backward, board: reverseBoard(board, solved), toLine: (line) => forwardLine(line, solved) };
    return [ahead, behind];
  };

  const openSession = (board: Board, options: SolveOptions): Session => {
    const parsed = parseBoard(board?.plates, board?.pebbles);
    if (!parsed.ok) throw new RangeError(`cannot solve an invalid board: ${describeBoardError(parsed.error)}`);
    const start = totalNodes();
    const maxNodes = options.maxNodes ?? Infinity;
    const used = (): number => totalNodes() - start;
    return {
      directionsFor,
      used,
      checkpoint: (phase) => {
        if (options.shouldStop?.() === true) throw new SolveCancelled('cancelled');
        if (used() >= maxNodes) throw new SolveCancelled('node-limit');
        return { nodes: used(), phase };
      },
      attempt: (dir, threshold, allowance) => {
        dir.searcher.load(dir.board);
        const outcome = dir.searcher.run(threshold, Math.max(1, Math.min(allowance, maxNodes - used())), options.shouldStop);
        if (outcome.kind === 'aborted' && outcome.stopped) throw new SolveCancelled('cancelled');
        return outcome;
      },
    };
  };

  function* solveSteps(board: Board, options: SolveOptions = {}): Generator<SolveProgress, SolveResult, void> {
    const session = openSession(board, options);
    const line = yield* optimalLine(board, session);
    const distance = line.length;
    if (distance === 0) return { distance, hints: [], line, nodes: session.used() };
    options.onFirstHint?.(line[0]!, distance);

    // The hint set: a next move is optimal when it leaves a board one move closer.
    const hints = new Set<Move>([line[0]!]);
    for (const move of legalMoves(board)) {
      if (hints.has(move)) continue;
      yield session.checkpoint('hints');
      if (yield* isAtDistance(applyMove(board, move), distance - 1, session)) hints.add(move);
    }
    return { distance, hints: [...hints].sort((a, b) => a - b), line, nodes: session.used() };
  }

  function* distanceSteps(board: Board, options: SolveOptions = {}): Generator<SolveProgress, DistanceResult, void> {
    const session = openSession(board, options);
    const line = yield* optimalLine(board, session);
    return { distance: line.length, line, nodes: session.used() };
  }

  return {
    solveSteps,
    distanceSteps,
    solve: (board, options) => runThrough(solveSteps(board, options)),
    measure: (board, options) => runThrough(distanceSteps(board, options)),
  };
}

const solver = createSolver();

/**
 * Solves `board` in steps: iterate the generator and await between steps to keep a thread free.
 * @throws RangeError for an invalid board; SolveCancelled when stopped or out of nodes.
 */
export const solveSteps = solver.solveSteps;

/**
 * The exact distance, complete hint set and one optimal line for `board`.
 * @throws RangeError for an invalid board; SolveCancelled when stopped or out of nodes.
 */
export const solve = solver.solve;

/**
 * The exact distance and one optimal line for `board`, without the hint set.
 * @throws RangeError for an invalid board; SolveCancelled when stopped or out of nodes.
 */
export const measure = solver.measure;
