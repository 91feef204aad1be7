/**
 * The solver API that the worker exposes over comlink, and its type for the client. Runs in the
 * worker only: this is the one main-thread-free module that imports solver runtime code. Inputs
 * are re-checked with parseBoard, because anything can arrive over a message port.
 */
import type { Board } from '../engine';
import { EXAMPLE_BOARD, applyMoves, describeBoardError, parseBoard, solvedBoard } from '../engine';
import { generate, solve } from '../solver';
import type { GenerateOptions, SolveResult } from '../solver';

/** What a random or daily board must be: its exact distance and the seed that names it. */
export type GenerateRequest = GenerateOptions;

function checked(plates: unknown, pebbles: unknown): Board {
  const parsed = parseBoard(plates, pebbles);
  if (!parsed.ok) throw new Error(`invalid board: ${describeBoardError(parsed.error)}`);
  return parsed.value;
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

  /** Solves a board four moves from solved, so that the first real request does not pay for cold code. */
  warmUp(): number {
    return solve(applyMoves(solvedBoard(EXAMPLE_BOARD)!, [3, 5, 14, 12])).distance;
  },
};

export type SolverApi = typeof api;
