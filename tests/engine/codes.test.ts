import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EXAMPLE_BOARD, describeBoardError, parseBoard, parseLayout } from '../../src/engine';

const { plates, pebbles } = EXAMPLE_BOARD;

function errorOf(p: unknown, q: unknown): string {
  const result = parseBoard(p, q);
  if (result.ok) throw new Error('expected an error');
  return describeBoardError(result.error);
}

describe('board codes', () => {
  it('reads the example board', () => {
    expect(parseBoard(plates, pebbles)).toEqual({ ok: true, value: { plates, pebbles } });
  });

  it('accepts any colour letters, not just the standard ones', () => {
    expect(parseBoard('ABCDEFGHIJKLMNO', 'ABCDEFGHIJKLMN-').ok).toBe(true);
    expect(parseBoard('AAABBBCCCDDDEEE', 'AAABBBCCCDDDEE-').ok).toBe(true);
    // the spare plate may be of any colour: here a P plate is left for the hole
    expect(parseBoard(plates, '-PCBRYOGYGBCORW').ok).toBe(true);
  });

  it.each([
    [plates.slice(1), pebbles, /plates code must have 15 characters, not 14/],
    [plates, pebbles + 'R', /pebbles code must have 15 characters, not 16/],
    [undefined, pebbles, /plates code is missing/],
    [plates, 42, /pebbles code is missing/],
    ['WCBRBOGYGPCOR-Y', pebbles, /plates code has '-' at position 13/],
    [plates, '-PCBRYOGyGBCORP', /'y' at position 8.*capitals/],
    [plates, '-PCBRYOG GBCORP', /' ' at position 8/],
    [plates, 'RPCBRYOGYGBCORP', /no hole/],
    [plates, '-PCBRYOG-GBCORP', /2 holes \(at positions 0, 8\)/],
    [plates, '-PCBRYOGYGBCORR', /3 R pebbles but 2 R plates; more plates than pebbles in 2 colours \(P, W\)/],
    [plates, '-PCBRYOGYGBCOPP', /3 P pebbles but 2 P plates; more plates than pebbles in 2 colours \(R, W\)/],
  ])('explains what is wrong with %s / %s', (p, q, message) => {
    expect(errorOf(p, q)).toMatch(message);
  });

  it('returns errors as data: a code and the facts a message needs', () => {
    const errorData = (p: unknown, q: unknown) => {
      const result = parseBoard(p, q);
      return result.ok ? null : result.error;
    };
    expect(errorData(undefined, pebbles)).toEqual({ code: 'missing', field: 'plates' });
    expect(errorData(plates, pebbles + 'R')).toEqual({ code: 'length', field: 'pebbles', length: 16 });
    expect(errorData(plates, '-PCBRYOGyGBCORP')).toEqual({ code: 'character', field: 'pebbles', position: 8, char: 'y' });
    expect(errorData(plates, 'RPCBRYOGYGBCORP')).toEqual({ code: 'no-hole' });
    expect(errorData(plates, '-PCBRYOG-GBCORP')).toEqual({ code: 'holes', positions: [0, 8] });
    expect(errorData(plates, '-PCBRYOGYGBCORR')).toEqual({
      code: 'colour-counts',
      mismatches: [{ colour: 'R', pebbles: 3, plates: 2 }],
      spare: ['P', 'W'],
    });
  });

  it('names a non-printing character by its code point', () => {
    expect(errorOf(plates, '-PCBRYO\u0000YGBCORP')).toMatch(/U\+0000 at position 7/);
  });

  it('either reads back the same codes or says what is wrong, for any input', () => {
    const letters = fc.constantFrom(...'WCBRBOGYGPCORPY-xZ 7é'.split(''));
    const nearMiss = fc.tuple(fc.array(fc.tuple(fc.nat(15), letters), { maxLength: 3 }), fc.boolean()).map(([edits, swap]) => {
      const cells = [...pebbles];
      for (const [at, ch] of edits) cells[at] = ch;
      return swap ? [cells.join(''), plates] : [plates, cells.join('')];
    });
    const anything = fc.tuple(fc.oneof(fc.string(), fc.anything()), fc.oneof(fc.string({ minLength: 15, maxLength: 15 }), fc.anything()));
    fc.assert(
      fc.property(fc.oneof(nearMiss, anything), ([p, q]) => {
        const result = parseBoard(p, q);
        if (result.ok) expect(result.value).toEqual({ plates: p, pebbles: q });
        else expect(describeBoardError(result.error)).toMatch(/\w+/);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseLayout', () => {
  it('accepts a layout of pairs with one odd colour', () => {
    expect(parseLayout('WCBRBOGYGPCORPY')).toEqual({ ok: true, value: 'WCBRBOGYGPCORPY' });
  });

  it.each([
    [undefined, { code: 'missing', field: 'plates' }],
    ['WCB', { code: 'length', field: 'plates', length: 3 }],
    ['WCBRBOGYGPCORP-', { code: 'character', field: 'plates', position: 14, char: '-' }],
    ['ABCDEFGHIJKLMNO', { code: 'odd-colours', colours: [...'ABCDEFGHIJKLMNO'] }],
    ['WWWRBOGYGPCORPY', { code: 'odd-colours', colours: ['B', 'C', 'W'] }],
  ])('refuses %j with a code and its facts', (plates, error) => {
    expect(parseLayout(plates)).toEqual({ ok: false, error });
  });
});
