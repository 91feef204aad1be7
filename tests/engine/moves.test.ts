import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  EXAMPLE_BOARD,
  applyMove,
  applyMoves,
  canMove,
  createRandom,
  describeMoveRefusal,
  holeOf,
  isSolved,
  legalMoves,
  matchedCount,
  parseBoard,
  randomBoard,
  solvedBoard,
  whyCannotMove,
} from '../../src/engine';

describe('moves', () => {
  it('lists the pebbles on a line with the hole', () => {
    expect(legalMoves(EXAMPLE_BOARD)).toEqual([1, 2, 3, 4, 5, 6, 9, 10, 12, 14]);
    expect(canMove(EXAMPLE_BOARD, 12)).toBe(true);
    expect(canMove(EXAMPLE_BOARD, 7)).toBe(false);
    expect(canMove(EXAMPLE_BOARD, 0)).toBe(false);
  });

  it('moves the pebble into the hole and leaves a hole behind', () => {
    const after = applyMove(EXAMPLE_BOARD, 12);
    expect(after.pebbles).toBe('OPCBRYOGYGBC-RP');
    expect(holeOf(after)).toBe(12);
    expect(after.plates).toBe(EXAMPLE_BOARD.plates);
  });

  it('explains and refuses illegal moves', () => {
    expect(whyCannotMove(EXAMPLE_BOARD, 7)).toBe('off-line');
    expect(whyCannotMove(EXAMPLE_BOARD, 0)).toBe('hole');
    expect(whyCannotMove(EXAMPLE_BOARD, 15)).toBe('no-position');
    expect(whyCannotMove(EXAMPLE_BOARD, 3)).toBeNull();
    expect(() => applyMove(EXAMPLE_BOARD, 7)).toThrow(RangeError);
    expect(describeMoveRefusal('off-line', 7)).toBe('that pebble is not on a straight line with the hole');
    expect(describeMoveRefusal('no-position', 15)).toBe('there is no position 15');
  });

  it('counts matched pebbles and knows a solved board', () => {
    expect(matchedCount(EXAMPLE_BOARD)).toBe(0);
    const solved = solvedBoard(EXAMPLE_BOARD)!;
    expect(solved.pebbles).toBe('-CBRBOGYGPCORPY');
    expect(isSolved(solved)).toBe(true);
    expect(isSolved(EXAMPLE_BOARD)).toBe(false);
  });

  it('keeps every board valid and every move undoable', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.nat(), { maxLength: 30 }), (seed, picks) => {
        let board = randomBoard(createRandom(seed));
        for (const pick of picks) {
          const moves = legalMoves(board);
          const from = moves[pick % moves.length]!;
          const hole = holeOf(board);
          const next = applyMove(board, from);
          expect(applyMove(next, hole)).toEqual(board);
          board = next;
          expect(parseBoard(board.plates, board.pebbles).ok).toBe(true);
        }
        expect(applyMoves(board, [])).toBe(board);
      }),
    );
  });
});
