/**
 * Plate layouts for the benchmark's climbs: standard layouts that are hostile to search, and
 * the other layouts a player can make in the editor. Deterministic; engine only.
 */
import type { Random } from '../src/engine';
import { createRandom, lineDistance, randomPlates } from '../src/engine';

/** A layout's colours whose two plates share no line, so a pebble between them needs two moves. */
function offLine(plates: string): number {
  let count = 0;
  for (const colour of new Set(plates)) {
    const at = [...plates].flatMap((c, p) => (c === colour ? [p] : []));
    if (at.length === 2 && lineDistance(at[0]!, at[1]!) === 2) count++;
  }
  return count;
}

/**
 * The standard layouts most hostile to search: the one SOLVER-NOTES names, then those among
 * 3,000 random layouts with the most colours whose plates share no line.
 */
export function hostileLayouts(count: number): string[] {
  const candidates = Array.from({ length: 3000 }, (_, i) => randomPlates(createRandom(`hostile-${i}`)));
  const ranked = candidates.sort((a, b) => offLine(b) - offLine(a) || (a < b ? -1 : 1));
  return ['PYOBYRCCGBGPORW', ...ranked.slice(0, count - 1)];
}

/** Standard layouts to climb with the spare plate on any colour (several solved boards). */
export function spareLayouts(): string[] {
  return ['WCBRBOGYGPCORPY', 'PYOBYRCCGBGPORW', ...[1, 2, 3, 4].map((n) => randomPlates(createRandom(`spare-${n}`)))];
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Colours of 1 to `largest` plates, 15 in all, in random letters and places. */
function composition(random: Random, largest: number): string {
  const sizes: number[] = [];
  for (let left = 15; left > 0;) {
    const size = Math.min(left, 1 + random.int(largest));
    sizes.push(size);
    left -= size;
  }
  const letters = random.shuffle([...LETTERS]);
  return random.shuffle(sizes.flatMap((size, i) => Array<string>(size).fill(letters[i]!))).join('');
}

/**
 * Layouts beyond the standard shape: named ones (fifteen colours, five of three, one of seven,
 * the layout of an issue that once took seconds) and `count` random compositions.
 */
export function otherLayouts(count: number): string[] {
  const named = ['ABCDEFGHIJKLMNO', 'AAABBBCCCDDDEEE', 'CDCCDBCEBDEABAE', 'AAAAAAABBCCDDEE', 'AAAABBBBCCCCDDE', 'AABBCCDDEEFFGGG'];
  const random = createRandom('other-layouts');
  return [...named, ...Array.from({ length: count }, (_, i) => composition(random, 1 + (i % 7)))];
}
