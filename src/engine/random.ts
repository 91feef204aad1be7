/**
 * Seedable randomness: the same seed gives the same numbers on every machine and browser, so a
 * seed (or a date) names a board. Uses mulberry32 over 32-bit integer arithmetic only.
 */
import type { Board } from './board';
import { HOLE } from './board';

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** A new array with the items in random order. */
  shuffle<T>(items: readonly T[]): T[];
}

/** 32-bit FNV-1a hash of a string: turns a text seed (a date, a name) into a number seed. */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A random generator for a seed (a number, or any text). */
export function createRandom(seed: number | string): Random {
  let state = (typeof seed === 'string' ? hashSeed(seed) : seed) >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = int(i + 1);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
  return { next, int, shuffle };
}

/** The colours of the standard game: seven pairs and one odd plate (W). */
export const STANDARD_COLOURS = { pairs: 'BCGOPRY', odd: 'W' } as const;

/** A random plate layout of the standard colours. */
export function randomPlates(random: Random): string {
  const letters = [...STANDARD_COLOURS.pairs].flatMap((c) => [c, c]);
  return random.shuffle([STANDARD_COLOURS.odd, ...letters]).join('');
}

/**
 * The colour that must hold the hole in boards of a layout of pairs: the one colour with an odd
 * number of plates (W in the standard game). Null when no single colour qualifies.
 */
export function oddCountColour(plates: string): string | null {
  const counts = new Map<string, number>();
  for (const c of plates) counts.set(c, (counts.get(c) ?? 0) + 1);
  const odd = [...counts.entries()].filter(([, n]) => n % 2 === 1);
  return odd.length === 1 ? odd[0]![0] : null;
}

/**
 * A uniformly random board for a plate layout (a random standard layout when none is given):
 * the pebbles of the layout, less one of the odd colour, and the hole, in random order.
 * @throws RangeError when the layout has no single odd colour (see {@link oddCountColour}).
 */
export function randomBoard(random: Random, plates: string = randomPlates(random)): Board {
  const odd = oddCountColour(plates);
  if (odd === null) throw new RangeError('plates need exactly one colour with an odd number of plates');
  const pieces = [...plates];
  pieces.splice(pieces.indexOf(odd), 1, HOLE);
  return { plates, pebbles: random.shuffle(pieces).join('') };
}
