/**
 * The exact solve: the distance to solved, the complete set of optimal next moves and one
 * optimal line. Both search directions (search.ts, reverse.ts) take turns with doubling node
 * allowances, each resuming where it paused, first for the distance and then for each next
 * move's test (docs/SOLVER.md). Written as a generator that yields a progress report
 * between slices of a few thousand nodes, so a worker can report and cancel; `solve` runs it
 * straight through. Engine and solver modules only: no DOM, no worker.
 */
import type { Board, Move } from '../engine';
import { applyMove, describeBoardError, legalMoves, parseBoard } from '../engine';
import { Memo } from './memo';
import { Direction, Run, race } from './race';
import { lengthParity, mirrorsItself, reverseBoard, solvedBoards } from './reverse';
import { Searcher } from './search';
import type { DistanceResult, SolveOptions, SolveProgress, SolveResult } from './types';
import { forgetZeroWaste } from './zero-waste';

/** A solver instance: one searcher per direction, so its memory is fixed however many solves run. */
export interface Solver {
  /** The solve in slices: each step is a progress report; the return value is the answer. */
  solveSteps(board: Board, options?: SolveOptions): Generator<SolveProgress, SolveResult, void>;
  solve(board: Board, options?: SolveOptions): SolveResult;
  measure(board: Board, options?: SolveOptions): DistanceResult;
}

/**
 * The first turn's node allowance for the distance: small, so that a direction that happens to
 * be slow on a board costs little before the other gets its turn. Turns double from there.
 */
const FIRST_TURN = 256;
/**
 * The first turn's allowance for testing a next move: smaller, because the reverse search often
 * settles a child that is not optimal in a node or two where the forward search needs thousands.
 */
const HINT_TURN = 64;
/**
 * How many times a forward turn the reverse searches get when testing a next move (8 for the
 * distance, race.ts). The reverse search settles most children that are not optimal, in a node
 * or two or in as many nodes as the forward one; measured against 8 (nodes, costliest boards of
 * other layouts / of the standard shape): 16 took 5.5% / 4% fewer, 32 7.5% / 5.5%, 64 to 256
 * about as many as 32; the random sets do not reach a reverse turn that large.
 */
const HINT_REVERSE_SHARE = 32;
/** Reverse searches kept: one per solved board, for a hole colour of up to this many plates. */
const MAX_REVERSE = 7;

/** Creates a solver. Each instance keeps its own searchers and memos; reuse one for many boards. */
export function createSolver(): Solver {
  const forwardMemo = new Memo();
  const reverseMemo = new Memo(16);
  const forward = new Searcher(forwardMemo);
  const forwardLastFirst = new Searcher(forwardMemo, true);
  const searchers: Searcher[] = [forward, forwardLastFirst];
  /** The reverse searches of the i-th solved board: at 2i and 2i + 1, made when first needed. */
  const reverse: Searcher[] = [];
  /** The solve the searchers belong to: a paused stepped solve fails if another one ran meanwhile. */
  let owner = 0;

  /**
   * Every solve starts from empty memos (an O(1) step), so that its answer, line and node count
   * depend on the board alone, never on what was solved before.
   */
  const forget = (): void => {
    forwardMemo.clear();
    reverseMemo.clear();
    forgetZeroWaste();
  };

  /**
   * The searchers a direction gives its children when it splits (split.ts): per direction (slot),
   * at most one per move into a hole, made when first needed and reused by every solve.
   */
  const pools = new Map<string, Searcher[]>();
  const spawner =
    (slot: string, memo: Memo, lastFirst: boolean) =>
    (i: number): Searcher => {
      let pool = pools.get(slot);
      if (pool === undefined) pools.set(slot, (pool = []));
      while (pool.length <= i) {
        const searcher = new Searcher(memo, lastFirst);
        pool.push(searcher);
        searchers.push(searcher);
      }
      return pool[i]!;
    };
  /**
   * The forward searches (the first loaded already), then the reverse ones per
   * solved board (`targets`), each as two searchers that order ties both ways; a searcher not yet
   * loaded builds its board from `board()` only if it gets a turn. A reverse search that would
   * repeat the forward one (reverse.ts, mirrorsItself) takes none.
   */
  const directionsFor = (board: () => Board, targets: readonly Board[]): Direction[] => {
    const first = [new Direction(forward, board, null, 0, true, spawner('f', forwardMemo, false))];
    const second = [new Direction(forwardLastFirst, board, null, 0, false, spawner('F', forwardMemo, true))];
    if (targets.length <= MAX_REVERSE) {
      let mirrored: boolean | null = null;
      const mirror = (): boolean => (mirrored ??= targets.length === 1 && mirrorsItself(board(), targets[0]!));
      targets.forEach((solved, i) => {
        while (reverse.length < 2 * (i + 1)) {
          const searcher = new Searcher(reverseMemo, reverse.length % 2 === 1);
          reverse.push(searcher);
          searchers.push(searcher);
        }
        const back = (): Board => reverseBoard(board(), solved);
        first.push(new Direction(reverse[2 * i]!, back, solved, i + 1, false, spawner(`r${i}`, reverseMemo, false), mirror));
        second.push(new Direction(reverse[2 * i + 1]!, back, solved, i + 1, false, spawner(`R${i}`, reverseMemo, true), mirror));
      });
    }
    return [...first, ...second];
  };

  function checked(board: Board): Board {
    const parsed = parseBoard(board?.plates, board?.pebbles);
    if (!parsed.ok) throw new RangeError(`cannot solve an invalid board: ${describeBoardError(parsed.error)}`);
    return parsed.value;
  }

  /** The distance and one optimal line, proven as `run.atLeast`. */
  function* distance(board: Board, targets: readonly Board[], run: Run): Generator<SolveProgress, Move[], void> {
    forward.load(board);
    run.atLeast = forward.rootBound();
    if (run.atLeast === 0) return [];
    run.parity = lengthParity(board);
    return (yield* race(
      directionsFor(() => board, targets),
      run,
      true,
      FIRST_TURN,
    ))!;
  }

  function* solveSteps(board: Board, options: SolveOptions = {}): Generator<SolveProgress, SolveResult, void> {
    const start = checked(board);
    const me = ++owner;
    forget();
    const run = new Run(searchers, options, () => owner === me);
    const targets = solvedBoards(start);
    const line = yield* distance(start, targets, run);
    const moves = line.length;
    if (moves === 0) return { distance: 0, hints: [], line, nodes: run.used() };

    // The hint set: a next move is optimal when it leaves a board one move closer. The forward
    // memo still holds what the distance search proved, so most children are settled at once;
    // the boards along the line found are stored at their exact distances, so no test walks back
    // through the start board, and a test that meets the line is done.
    run.phase = 'hints';
    run.distance = moves;
    run.hints.add(line[0]!);
    forward.load(start);
    forward.remember(line);
    const hole = forward.holePosition();
    for (const move of legalMoves(start)) {
      if (run.hints.has(move)) continue;
      forward.playMove(move);
      if (forward.rootBound() <= moves - 1) {
        run.atLeast = moves - 1;
        const child = (): Board => applyMove(start, move);
        if ((yield* race(directionsFor(child, targets), run, false, HINT_TURN, HINT_REVERSE_SHARE)) !== null) run.hints.add(move);
        run.atLeast = moves;
      }
      forward.playMove(hole);
      yield run.checkpoint();
      run.resume();
    }
    return { distance: moves, hints: [...run.hints].sort((a, b) => a - b), line, nodes: run.used() };
  }

  function runThrough<T>(steps: Generator<SolveProgress, T, void>): T {
    for (;;) {
      const step = steps.next();
      if (step.done === true) return step.value;
    }
  }

  return {
    solveSteps: (board, options) => solveSteps(board, options),
    solve: (board, options) => runThrough(solveSteps(board, options)),
    measure: (board, options = {}) => {
      owner++;
      forget();
      const run = new Run(searchers, options);
      const start = checked(board);
      const line = runThrough(distance(start, solvedBoards(start), run));
      return { distance: line.length, line, nodes: run.used() };
    },
  };
}

const solver = createSolver();

/**
 * Solves `board` in slices: iterate the generator (each step a progress report) and await between
 * steps to keep a thread free; the generator's return value is the answer.
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
