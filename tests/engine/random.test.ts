import { describe, expect, it } from 'vitest';
import { createRandom, hashSeed, oddPlateColour, parseBoard, randomBoard, randomPlates } from '../../src/engine';

describe('random boards', () => {
  it('gives the same board for the same seed', () => {
    expect(randomBoard(createRandom(42))).toEqual(randomBoard(createRandom(42)));
    expect(randomBoard(createRandom('2026-11-22'))).toEqual(randomBoard(createRandom('2026-11-22')));
    expect(randomBoard(createRandom(1))).not.toEqual(randomBoard(createRandom(2)));
  });

  it('pins the generator so a seed names the same board on every machine', () => {
    expect(hashSeed('tripebble')).toBe(hashSeed('tripebble'));
    const r = createRandom(7);
    const first = [r.next(), r.next(), r.next()];
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(createRandom(7).next()).toBe(first[0]);
  });

  it('makes valid boards, for a given layout too', () => {
    for (let seed = 0; seed < 200; seed++) {
      const random = createRandom(seed);
      const plates = randomPlates(random);
      const board = randomBoard(random, plates);
      expect(board.plates).toBe(plates);
      expect(parseBoard(board.plates, board.pebbles)).toEqual({ ok: true, board });
    }
  });

  it('knows the odd colour of a layout', () => {
    expect(oddPlateColour('WCBRBOGYGPCORPY')).toBe('W');
    expect(oddPlateColour('ABCDEFGHIJKLMNO')).toBeNull();
    expect(() => randomBoard(createRandom(1), 'ABCDEFGHIJKLMNO')).toThrow(/odd number/);
  });
});
