import { describe, expect, it } from 'vitest';
import { LINES, MOVE_TABLE, POSITIONS, colOf, lineDistance, positionAt, rowOf } from '../../src/engine';
import { fixtureMoves } from '../fixtures';

describe('geometry', () => {
  it('numbers positions row by row from the apex', () => {
    expect(POSITIONS.map((p) => [rowOf(p), colOf(p)])).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [2, 0],
      [2, 1],
      [2, 2],
      [3, 0],
      [3, 1],
      [3, 2],
      [3, 3],
      [4, 0],
      [4, 1],
      [4, 2],
      [4, 3],
      [4, 4],
    ]);
    for (const p of POSITIONS) expect(positionAt(rowOf(p), colOf(p))).toBe(p);
  });

  it('has the rows, both side directions and the centreline', () => {
    expect(LINES).toContainEqual([10, 11, 12, 13, 14]);
    expect(LINES).toContainEqual([0, 1, 3, 6, 10]);
    expect(LINES).toContainEqual([0, 2, 5, 9, 14]);
    expect(LINES).toContainEqual([0, 4, 12]);
    expect(LINES).toHaveLength(13);
  });

  it('derives exactly the legal-move table of the fixtures', () => {
    expect(MOVE_TABLE).toEqual(fixtureMoves);
  });

  it('is symmetric and joins any two positions in at most two lines', () => {
    for (const a of POSITIONS) {
      for (const b of POSITIONS) {
        expect(lineDistance(a, b)).toBe(lineDistance(b, a));
        const viaOne = POSITIONS.some((m) => lineDistance(a, m) <= 1 && lineDistance(m, b) <= 1);
        expect(viaOne).toBe(true);
      }
    }
  });
});
