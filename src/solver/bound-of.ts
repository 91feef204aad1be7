/**
 * The search's lower bound for one board, for tests and tools that want to inspect it.
 */
import type { Board } from '../engine';
import { colourCodes } from '../engine';
import { BoundState } from './bound';
import { layoutOf } from './layout';

const state = new BoundState();

/** The search's lower bound on the moves `board` (a valid board) needs: never more than its exact distance. */
export function lowerBound(board: Board): number {
  state.load(layoutOf(board), colourCodes(board));
  return state.exact();
}
