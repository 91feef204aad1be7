/** Layouts of every kind the solver's bound treats apart, and random boards of them, for tests. */
import type { Board } from '../../src/engine';
import { createRandom } from '../../src/engine';

/** Layouts and the position of their spare plate. */
export const LAYOUTS: [plates: string, spare: number, note: string][] = [
  ['WCBRBOGYGPCORPY', 0, 'the example layout'],
  ['PYOBYRCCGBGPORW', 14, 'a layout hostile to search'],
  ['WCBRBOGYGPCORPY', 2, 'the spare plate on a two-plate colour'],
  ['AAABBBCCCDDDEEE', 0, 'five colours of three plates'],
  ['ABCDEFGHIJKLMNO', 7, 'fifteen colours'],
  ['AAAAAAABBCCDDEE', 3, 'a colour of seven plates holding the spare'],
  ['AAAABBBBCCDDEEF', 14, 'colours of four, two and one plates'],
  ['CDCCDBCEBDEABAE', 0, 'the layout of issue 7'],
];

/** A random board of a layout whose spare plate is at `spare`. */
export function randomBoardOf(plates: string, spare: number, seed: string): Board {
  const pieces = [...plates];
  pieces[spare] = '-';
  return { plates, pebbles: createRandom(seed).shuffle(pieces).join('') };
}
