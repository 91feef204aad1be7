/** Per-move costs from exact distances: checked on real games against the solver. */
import { describe, expect, it } from 'vitest';
import { applyMove, legalMoves } from '../../src/engine';
import { solve } from '../../src/solver';
import { firstSlip, moveCosts } from '../../src/store/costs';
import { NEAR } from '../support/boards';

describe('moveCosts', () => {
  it('marks moves that bring the board one nearer as optimal, and the others by their cost', () => {
    expect(moveCosts([5, 4, 4, 5, 4, 3])).toEqual([0, 1, 2, 0, 0]);
    expect(firstSlip(moveCosts([5, 4, 4, 5, 4, 3]))).toBe(1);
    expect(firstSlip(moveCosts([3, 2, 1, 0]))).toBeNull();
  });

  it('leaves a move unknown while a distance either side is unknown', () => {
    expect(moveCosts([3, null, 1, 0])).toEqual([null, null, 0]);
    expect(firstSlip([null, 1])).toBe(1);
  });

  it('refuses distances no move can make', () => {
    expect(() => moveCosts([5, 2])).toThrow(RangeError);
  });

  it('agrees with the solver on every first move of a board', () => {
    const start = solve(NEAR).distance;
    for (const move of legalMoves(NEAR)) {
      const after = solve(applyMove(NEAR, move)).distance;
      const [cost] = moveCosts([start, after]);
      expect(cost === 0).toBe(solve(NEAR).hints.includes(move));
    }
  });
});
