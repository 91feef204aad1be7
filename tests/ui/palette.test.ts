/**
 * Colours for any letters: on any board of up to eight colours (and up to eleven), every two
 * plate colours differ by CIE ΔE2000 ≥ 20, in every palette. Fills do not depend on the theme
 * (the board's colours are the same light or dark), so one check covers both.
 */
import { differenceCiede2000 } from 'culori';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PALETTES, boardColours, swatchOf } from '../../src/ui/palette';

const deltaE = differenceCiede2000();
const NAMED = 'BCGOPRYWKNM';
const UNNAMED = [...'ADEFHIJLQSTUVXZ'];

/** The smallest ΔE2000 between two of the given letters' colours on one board. */
function closest(letters: string, palette: (typeof PALETTES)[number]): { d: number; pair: string } {
  const colours = boardColours(letters, palette);
  const used = [...new Set(letters)];
  let best = { d: Infinity, pair: '' };
  for (let i = 0; i < used.length; i++) {
    for (let j = i + 1; j < used.length; j++) {
      const d = deltaE(colours[used[i]!]!.fill, colours[used[j]!]!.fill);
      if (d < best.d) best = { d, pair: used[i]! + used[j]! };
    }
  }
  return best;
}

describe.each(PALETTES)('the %s palette', (palette) => {
  it('names eleven colours that differ pairwise by ΔE2000 ≥ 20', () => {
    expect(closest(NAMED, palette).d).toBeGreaterThanOrEqual(20);
  });

  it('gives every letter set of up to eleven colours fills ΔE2000 ≥ 20 apart (every named subset, any number of other letters)', () => {
    // A board's colours depend only on which named letters it uses and how many others: so every
    // subset of the named letters, filled up with other letters to each size up to 11, covers
    // every letter combination up to renaming the letters without a colour of their own.
    for (let mask = 0; mask < 1 << NAMED.length; mask++) {
      const named = [...NAMED].filter((_, i) => mask & (1 << i)).join('');
      for (let others = 0; named.length + others <= NAMED.length; others++) {
        const letters = named + UNNAMED.slice(0, others).join('');
        if (letters.length < 2) continue;
        const { d, pair } = closest(letters, palette);
        if (d < 20) expect.fail(`${letters}: ${pair} only ΔE2000 ${d.toFixed(1)} apart`);
      }
    }
  });

  it('keeps a board of any letters apart, by property', () => {
    const letter = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    fc.assert(
      fc.property(fc.uniqueArray(letter, { minLength: 2, maxLength: 8 }), (letters) => {
        expect(closest(letters.join(''), palette).d).toBeGreaterThanOrEqual(20);
      }),
    );
  });

  it('keeps the standard colours and named letters as they are, and marks stay readable', () => {
    const colours = boardColours('ABCDEFGZ', palette);
    expect(colours.B).toEqual(swatchOf('B', palette));
    expect(colours.C).toEqual(swatchOf('C', palette));
    for (const { ink } of Object.values(colours)) expect(['#111111', '#ffffff']).toContain(ink);
  });
});

describe('board colours', () => {
  it('are decided by the board: a letter without a colour of its own borrows one the board leaves free', () => {
    // On a board of A–G and Z (the example), E no longer takes a cyan next to C's.
    const colours = boardColours('ABCDEFGZ', 'default');
    const fills = Object.values(colours).map((s) => s.fill);
    expect(new Set(fills).size).toBe(8);
    expect(colours.A!.fill).toBe(swatchOf('O', 'default').fill);
    expect(boardColours('AB', 'default').A!.fill).toBe(swatchOf('C', 'default').fill);
  });

  it('gives each letter one colour, however often it appears', () => {
    expect(Object.keys(boardColours('WCBRBOGYGPCORPY', 'default')).sort()).toEqual([...'BCGOPRWY'].sort());
  });

  it('gives boards of more colours than named ones a hue of their own for the rest', () => {
    const colours = boardColours('ABCDEFGHIJKLMNO', 'default');
    expect(new Set(Object.values(colours).map((s) => s.fill)).size).toBe(15);
  });
});
