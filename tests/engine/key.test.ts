/** The solver's memo key layout: colour codes from the layout, and halves that fit 32 bits. */
import { describe, expect, it } from 'vitest';
import { EXAMPLE_BOARD, KEY_BITS, LOW_POSITIONS, SIZE, colourCodes } from '../../src/engine';

describe('board keys', () => {
  it('codes the hole as 0 and colours from 1 in sorted order', () => {
    expect([...colourCodes(EXAMPLE_BOARD)].slice(0, 4)).toEqual([0, 5, 2, 1]); // -, P, C, B with B C G O P R W Y = 1..8
  });

  it('gives every colour of a 15-colour layout its own code that fits the key bits', () => {
    const codes = colourCodes({ plates: 'ABCDEFGHIJKLMNO', pebbles: 'ONMLKJIHGFEDCB-' });
    expect(new Set(codes).size).toBe(SIZE);
    expect(Math.max(...codes)).toBeLessThan(2 ** KEY_BITS);
  });

  it('fits each half in an unsigned 32-bit number', () => {
    expect(LOW_POSITIONS * KEY_BITS).toBeLessThanOrEqual(32);
    expect((SIZE - LOW_POSITIONS) * KEY_BITS).toBeLessThanOrEqual(32);
  });
});
