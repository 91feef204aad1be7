/**
 * The search's lower bound for one board, for tests and tools that want to inspect it.
 */
import type { Board } from '../engine';
import { colourCodes, holeOf } from '../engine';
import { LowerBound } from './bound';
import { layoutOf } from './layout';

/** A lower bound on the moves `board` needs: never more than its exact distance. */
export function lowerBound(board: Board): number {
  return new LowerBound(layoutOf(board)).evaluate(colourCodes(board), holeOf(board));
}
