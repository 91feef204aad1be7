/**
 * Colour letters in words, for labels and announcements: the store names the pebble that moved
 * and the palette labels plates and pebbles, so both read the same one table. No UI imports.
 */

const NAMES: Record<string, string> = {
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
  return NAMES[letter] ?? `colour ${letter}`;
}
