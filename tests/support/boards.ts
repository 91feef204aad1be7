/** Boards the store and UI tests share: the example board solved, and three moves from solved. */
import type { Board } from '../../src/engine';
import { EXAMPLE_BOARD, applyMoves, solvedBoard } from '../../src/engine';

export const SOLVED: Board = solvedBoard(EXAMPLE_BOARD)!;
/** Three moves from solved. */
export const NEAR: Board = applyMoves(SOLVED, [3, 5, 14]);
