import { describe, expect, it } from 'vitest';
import { applyMoves, isSolved } from '../../src/engine';
import { lowerBound, solve } from '../../src/solver';
import { fixtureBoards } from '../fixtures';

describe('solve agrees with the independent solver', () => {
  it('on the example board of RULES.md', () => {
    const result = solve({ plates: 'WCBRBOGYGPCORPY', pebbles: '-PCBRYOGYGBCORP' });
    expect(result.distance).toBe(16);
    expect(result.hints).toEqual([3, 4, 10]);
  });

  it.each(fixtureBoards.map((b, i) => [i, b] as const))('board %i: distance and complete hint set', (_, board) => {
    const result = solve(board);
    expect({ distance: result.distance, hints: result.hints }).toEqual({ distance: board.distance, hints: board.hints });
    expect(result.line).toHaveLength(board.distance);
    expect(isSolved(applyMoves(board, result.line))).toBe(true);
    expect(lowerBound(board)).toBeLessThanOrEqual(board.distance);
  });
});
