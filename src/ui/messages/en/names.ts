/**
 * English names of the things on the board: colours, places ("row 3, place 2") and counts.
 * Every other English module words positions and colours through these. Imports the engine's
 * geometry only.
 */
import { colOf, rowOf } from '../../../engine';

const COLOURS: Record<string, string> = {
  B: 'blue',
  C: 'cyan',
  G: 'green',
  O: 'orange',
  P: 'purple',
  R: 'red',
  Y: 'yellow',
  W: 'white',
  K: 'black',
  N: 'brown',
  M: 'magenta',
};

/** The colour's name in lower case; letters outside the standard set are named by their letter. */
export function colourName(letter: string): string {
  return COLOURS[letter] ?? `colour ${letter}`;
}

/** "row 3, place 2" for a position, counting from 1 as people do. */
export function placeName(pos: number): string {
  return `row ${rowOf(pos) + 1}, place ${colOf(pos) + 1}`;
}

export const capitalised = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** "1 move", "3 moves". */
export const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
