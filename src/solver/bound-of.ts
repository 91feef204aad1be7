/**
 * The search's lower bound for one board, for tests and tools that want to inspect it.
 */
import type { Board } from '../engine';
import { holeOf } from '../engine';
import { LowerBound } from './bound';
import { cellsOf, layoutOf } from './layout';

/** A lower bound on the moves `board` needs: never more than its exact distance. */
export function lowerBound(board: Board): number {
  const layout = layoutOf(board);
  return new LowerBound(layout).evaluate(cellsOf(layout, board), holeOf(board));
}
