import { describe, expect, it } from 'vitest';
import { createRandom, hashSeed, oddCountColour, parseBoard, randomBoard, randomPlates } from '../../src/engine';

describe('random boards', () => {
  it('gives the same board for the same seed', () => {
    expect(randomBoard(createRandom(42))).toEqual(randomBoard(createRandom(42)));
    expect(randomBoard(createRandom('2026-11-22'))).toEqual(randomBoard(createRandom('2026-11-22')));
    expect(randomBoard(createRandom(1))).not.toEqual(randomBoard(createRandom(2)));
  });

  it('pins the generator, so a seed (a daily date) names the same board on every machine', () => {
    expect(randomBoard(createRandom(42))).toEqual({ plates: 'OWYCPRYCBGBORGP', pebbles: 'PYCR-RGBOPOGBCY' });
    expect(randomBoard(createRandom('2026-11-22'))).toEqual({ plates: 'WGCYCOBPRRBGOPY', pebbles: 'CCORPOYBGRP-YGB' });
    const r = createRandom(7);
    expect([r.next(), r.int(1000)]).toEqual([0.011704753153026104, 61]);
    // 32-bit FNV-1a, checked against an independent implementation: '' is the offset basis.
    expect([hashSeed(''), hashSeed('tripebble'), hashSeed('2026-11-22')]).toEqual([2166136261, 1266865650, 68745399]);
  });

  it('makes valid boards, for a given layout too', () => {
    for (let seed = 0; seed < 200; seed++) {
      const random = createRandom(seed);
      const plates = randomPlates(random);
      const board = randomBoard(random, plates);
      expect(board.plates).toBe(plates);
      expect(parseBoard(board.plates, board.pebbles)).toEqual({ ok: true, value: board });
    }
  });

  it('knows the odd colour of a layout', () => {
    expect(oddCountColour('WCBRBOGYGPCORPY')).toBe('W');
    expect(oddCountColour('ABCDEFGHIJKLMNO')).toBeNull();
    expect(() => randomBoard(createRandom(1), 'ABCDEFGHIJKLMNO')).toThrow(/odd number/);
  });
});
