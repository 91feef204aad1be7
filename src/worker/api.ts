/**
 * The solver API that the worker exposes over comlink, and its type for the client. Runs in the
 * worker only: this is the one main-thread-free module that imports solver runtime code. Inputs
 * are re-checked with parseBoard, because anything can arrive over a message port.
 */
import type { Board } from '../engine';
import { applyMoves, parseBoard, solvedBoard } from '../engine';
import { generate, solve } from '../solver';
import type { GenerateOptions, SolveResult } from '../solver';

/** What a random or daily board must be: its exact distance and the seed that names it. */
export type GenerateRequest = GenerateOptions;

/** A small board a few moves from solved: solving it loads and warms the solver code. */
const WARM_UP_LAYOUT = 'WCBRBOGYGPCORPY';

function checked(plates: unknown, pebbles: unknown): Board {
  const parsed = parseBoard(plates, pebbles);
  if (!parsed.ok) throw new Error(`invalid board: ${parsed.error}`);
  return parsed.board;
}

function plain(result: SolveResult): SolveResult {
  return { distance: result.distance, hints: [...result.hints], line: [...result.line], nodes: result.nodes };
}

export const api = {
  /** The exact distance, every optimal next move and one optimal line for a board. */
  solve(plates: string, pebbles: string): SolveResult {
    return plain(solve(checked(plates, pebbles)));
  },

  /** A board whose exact distance is `request.distance`, named by its seed. */
  generate(request: GenerateRequest): Board {
    const board = generate({ ...request });
    return { plates: board.plates, pebbles: board.pebbles };
  },

  /** Solves a small board so that the first real request does not pay for cold code. */
  warmUp(): number {
    const solved = solvedBoard(checked(WARM_UP_LAYOUT, `-${WARM_UP_LAYOUT.slice(1)}`))!;
    return solve(applyMoves(solved, [3, 5, 14, 12])).distance;
  },
};

export type SolverApi = typeof api;
