/** The one star rule: moves against par, capped by the help the game had. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MANY_HINTS, starsFor, starsForMoves } from '../../src/store';

const facts = (moves: number, par: number, hintsUsed = 0, solutionShown = false) => ({ moves, par, hintsUsed, solutionShown });

describe('starsForMoves', () => {
  it.each([
    [12, 12, 3],
    [13, 12, 2],
    [14, 12, 2],
    [15, 12, 1],
    [40, 12, 1],
  ])('%i moves against par %i gives %i stars', (moves, par, stars) => {
    expect(starsForMoves(moves, par)).toBe(stars);
  });
});

describe('starsFor', () => {
  it('gives three stars only for par without help', () => {
    expect(starsFor(facts(12, 12))).toBe(3);
    expect(starsFor(facts(12, 12, 1))).toBe(2);
    expect(starsFor(facts(13, 12))).toBe(2);
  });

  it('caps any hint at two stars and many hints at one', () => {
    expect(MANY_HINTS).toBe(3);
    expect(starsFor(facts(12, 12, MANY_HINTS - 1))).toBe(2);
    expect(starsFor(facts(12, 12, MANY_HINTS))).toBe(1);
    expect(starsFor(facts(12, 12, 25))).toBe(1);
    // Extra moves still cost what they cost with a hint.
    expect(starsFor(facts(15, 12, 1))).toBe(1);
  });

  it('gives none when the solution was shown, whatever the moves', () => {
    expect(starsFor(facts(12, 12, 0, true))).toBe(0);
    expect(starsFor(facts(40, 12, 9, true))).toBe(0);
  });

  it('never gives more than the moves alone or the help alone allow', () => {
    fc.assert(
      fc.property(fc.nat(40), fc.nat(40), fc.nat(30), fc.boolean(), (extra, par, hints, shown) => {
        const stars = starsFor(facts(par + extra, par, hints, shown));
        const cap = shown ? 0 : hints === 0 ? 3 : hints < MANY_HINTS ? 2 : 1;
        expect(stars).toBe(Math.min(starsForMoves(par + extra, par), cap));
        expect(stars === 3).toBe(extra === 0 && hints === 0 && !shown);
        expect(stars <= 2 || hints === 0).toBe(true);
      }),
    );
  });
});
