import { describe, expect, it } from 'vitest';
import { GenerateError, MAX_GENERATED_DISTANCE, generate, measure } from '../../src/solver';

describe('generate', () => {
  it.each([0, 1, 5, 12, 17, 21, 23, 24])('makes a board of exactly %i moves on the example layout', (distance) => {
    const board = generate({ distance, seed: distance, plates: 'WCBRBOGYGPCORPY' });
    expect(board.plates).toBe('WCBRBOGYGPCORPY');
    expect(measure(board).distance).toBe(distance);
  });

  it('is deterministic for a seed, whatever was generated before, and differs between seeds', () => {
    const first = generate({ distance: 15, seed: 'a' });
    generate({ distance: 20, seed: 'b' });
    expect(generate({ distance: 15, seed: 'a' })).toEqual(first);
    expect(first).not.toEqual(generate({ distance: 15, seed: 'b' }));
  });

  it('explains what it cannot do, with the problem as data', () => {
    const problem = (options: Parameters<typeof generate>[0]) => {
      try {
        generate(options);
      } catch (error) {
        expect(error).toBeInstanceOf(GenerateError);
        return { ...(error as GenerateError).problem, message: (error as Error).message };
      }
      throw new Error('generated');
    };
    expect(problem({ distance: -1, seed: 1 })).toMatchObject({ code: 'distance', message: /whole number/ });
    expect(problem({ distance: 2.5, seed: 1 })).toMatchObject({ code: 'distance' });
    expect(problem({ distance: 1e20, seed: 1 })).toMatchObject({ code: 'too-far' });
    expect(problem({ distance: 5, seed: 1, plates: 'wcbrbogygpcorpy' })).toMatchObject({ code: 'plates', message: /colour letters/ });
    expect(problem({ distance: 5, seed: 1, plates: 'ABCDEFGHIJKLMNO' })).toMatchObject({ code: 'no-odd-colour' });
  });

  it('refuses an absurd distance at once, saying how far boards go', () => {
    const started = performance.now();
    expect(() => generate({ distance: MAX_GENERATED_DISTANCE + 1, seed: 1 })).toThrow(/no board needs 31 moves.*example layout needs 25/);
    expect(() => generate({ distance: 40, seed: 1, plates: 'WCBRBOGYGPCORPY' })).toThrow(GenerateError);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('gives up within its allowance, naming the hardest board it found', () => {
    let error: GenerateError | undefined;
    try {
      generate({ distance: 27, seed: 1, plates: 'WCBRBOGYGPCORPY', maxTries: 200 });
    } catch (caught) {
      error = caught as GenerateError;
    }
    expect(error?.problem.code).toBe('gave-up');
    if (error?.problem.code !== 'gave-up') return;
    const { hardest, hardestDistance } = error.problem;
    expect(measure(hardest).distance).toBe(hardestDistance);
    expect(hardestDistance).toBeLessThan(27);
    expect(error.message).toContain(hardest.pebbles);
  });
});
