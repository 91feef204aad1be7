/**
 * The rules engine: geometry, boards, codes, moves and status. Pure TypeScript with no DOM,
 * React, zustand or comlink; everything else in tripebble builds on this surface.
 */
export type { Position } from './geometry';
export { SIZE, ROWS, POSITIONS, LINES, MOVE_TABLE, positionAt, rowOf, colOf, isPosition, onCommonLine, lineDistance } from './geometry';
export type { Board, Colour } from './board';
export { HOLE, holeOf, pebbleAt, plateAt, sameBoard, coloursOf } from './board';
export type { BoardError, CodeField, ColourMismatch, LayoutError } from './codes';
export { parseBoard, parseLayout, describeBoardError, visibleChar } from './codes';
export type { Result } from './result';
export { ok, err } from './result';
export type { Move, MoveRefusal } from './moves';
export { legalMoves, canMove, whyCannotMove, describeMoveRefusal, applyMove, applyMoves } from './moves';
export { matchedCount, pebbleCount, isSolved, spareColour, solvedBoard } from './status';
export { colourCodes, KEY_BITS, LOW_POSITIONS } from './key';
export type { Random } from './random';
export { createRandom, hashSeed, randomBoard, randomPlates, oddCountColour, STANDARD_COLOURS } from './random';

/** The example board of RULES.md: 16 moves, hints {3, 4, 10}. */
export const EXAMPLE_BOARD = { plates: 'WCBRBOGYGPCORPY', pebbles: '-PCBRYOGYGBCORP' } as const;
