/** Stars against par and the daily share text, which must not give any move away. */
import { describe, expect, it } from 'vitest';
import { dailyShareText, starText, starsFor } from '../../src/store';

describe('starsFor', () => {
  it.each([
    [12, 12, 3],
    [13, 12, 2],
    [14, 12, 2],
    [15, 12, 1],
    [40, 12, 1],
  ])('%i moves against par %i gives %i stars', (moves, par, stars) => {
    expect(starsFor(moves, par)).toBe(stars);
  });
});

describe('starText', () => {
  it('draws three stars and never throws on an odd count', () => {
    expect(starText(2)).toBe('★★☆');
    expect(starText(9)).toBe('★★★');
    expect(starText(-1)).toBe('☆☆☆');
  });
});

describe('dailyShareText', () => {
  it('gives the date, moves against par and hints, and nothing about the board', () => {
    const text = dailyShareText('2026-11-22', { moves: 14, par: 12, stars: 2, hintsUsed: 1, solutionShown: false });
    expect(text).toBe('tripebble daily 2026-11-22\n14 moves (par 12) ★★☆\n1 hint');
    expect(text).not.toMatch(/[A-Z]{5,}|row|place/);
  });

  it('says so when the solution was shown', () => {
    expect(dailyShareText('2026-11-22', { moves: 12, par: 12, stars: 3, hintsUsed: 0, solutionShown: true })).toMatch(
      /with the solution shown/,
    );
  });
});
