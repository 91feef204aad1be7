import { describe, expect, it } from 'vitest';
import { EXAMPLE_BOARD, applyMove, boardKey, colourCodes, legalMoves } from '../../src/engine';

describe('board keys', () => {
  it('codes the hole as 0 and colours from 1 in sorted order', () => {
    expect([...colourCodes(EXAMPLE_BOARD)].slice(0, 4)).toEqual([0, 5, 2, 1]); // -, P, C, B with B C G O P R W Y = 1..8
  });

  it('gives equal boards equal keys and different boards different keys', () => {
    expect(boardKey(EXAMPLE_BOARD)).toEqual(boardKey({ ...EXAMPLE_BOARD }));
    const keys = new Set(legalMoves(EXAMPLE_BOARD).map((m) => JSON.stringify(boardKey(applyMove(EXAMPLE_BOARD, m)))));
    keys.add(JSON.stringify(boardKey(EXAMPLE_BOARD)));
    expect(keys.size).toBe(legalMoves(EXAMPLE_BOARD).length + 1);
  });

  it('fits each half in an unsigned 32-bit number', () => {
    const { lo, hi } = boardKey({ plates: 'ABCDEFGHIJKLMNO', pebbles: 'ONMLKJIHGFEDCB-' });
    expect(lo).toBeGreaterThanOrEqual(0);
    expect(lo).toBeLessThan(2 ** 32);
    expect(hi).toBeLessThan(2 ** 28);
  });
});
