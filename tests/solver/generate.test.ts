import { describe, expect, it } from 'vitest';
import { GenerateError, generate, measure } from '../../src/solver';

describe('generate', () => {
  it.each([0, 1, 5, 12, 17, 21, 23, 24])('makes a board of exactly %i moves on the example layout', (distance) => {
    const board = generate({ distance, seed: distance, plates: 'WCBRBOGYGPCORPY' });
    expect(board.plates).toBe('WCBRBOGYGPCORPY');
    expect(measure(board).distance).toBe(distance);
  });

  it('is deterministic for a seed, and differs between seeds', () => {
    expect(generate({ distance: 15, seed: 'a' })).toEqual(generate({ distance: 15, seed: 'a' }));
    expect(generate({ distance: 15, seed: 'a' })).not.toEqual(generate({ distance: 15, seed: 'b' }));
  });

  it('explains what it cannot do', () => {
    expect(() => generate({ distance: -1, seed: 1 })).toThrow(GenerateError);
    expect(() => generate({ distance: 2.5, seed: 1 })).toThrow(/whole number/);
    expect(() => generate({ distance: 5, seed: 1, plates: 'wcbrbogygpcorpy' })).toThrow(/colour letters/);
    expect(() => generate({ distance: 40, seed: 1, plates: 'WCBRBOGYGPCORPY', maxTries: 50 })).toThrow(
      /no board needing 40 moves.*hardest found needs \d+/,
    );
  });
});
