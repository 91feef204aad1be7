import { describe, expect, it } from 'vitest';
import { createSolver, lowerBound } from '../../src/solver';
import { Memo } from '../../src/solver/memo';
import { fixtureBoards } from '../fixtures';

describe('the baseline solver (misplaced-pebble bound only)', () => {
  const baseline = createSolver('misplaced');
  const easy = fixtureBoards.filter((b) => b.distance <= 10);

  it.each(easy.map((b, i) => [i, b] as const))('agrees with the fixtures on easy board %i', (_, board) => {
    const result = baseline.solve(board);
    expect({ distance: result.distance, hints: result.hints }).toEqual({ distance: board.distance, hints: board.hints });
  });

  it('expands more nodes than the full bound, which is never looser', () => {
    const full = createSolver('assignment');
    for (const board of easy.slice(-10)) {
      expect(baseline.solve(board).nodes).toBeGreaterThanOrEqual(full.solve(board).nodes);
      const misplaced = [...board.pebbles].filter((c, i) => c !== '-' && c !== board.plates[i]).length;
      expect(lowerBound(board)).toBeGreaterThanOrEqual(misplaced);
    }
  });
});

describe('the memo', () => {
  it('keeps proven bounds per key and forgets them all on clear', () => {
    const memo = new Memo(4);
    memo.set(0x8000_0001 | 0, 7, 12);
    expect(memo.get(0x8000_0001 | 0, 7)).toBe(12);
    expect(memo.get(0x8000_0001, 7)).toBe(12);
    expect(memo.get(1, 7)).toBe(0);
    memo.clear();
    expect(memo.get(0x8000_0001, 7)).toBe(0);
  });
});
