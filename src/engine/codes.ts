/**
 * Board codes: reading and writing the two 15-character strings of RULES.md. Every way a code can
 * be wrong gets its own message; parsing never throws and never repairs a board.
 */
import type { Board } from './board';
import { HOLE } from './board';
import { SIZE } from './geometry';

/** A board read from its codes, or what is wrong with them. */
export type ParseResult = { readonly ok: true; readonly board: Board } | { readonly ok: false; readonly error: string };

const COLOUR = /^[A-Z]$/;

function describe(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  return code >= 0x20 && code <= 0x7e ? `'${ch}'` : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

function checkCode(name: 'plates' | 'pebbles', code: unknown, allowHole: boolean): string | null {
  if (typeof code !== 'string') return `${name} code is missing (expected ${SIZE} characters)`;
  const chars = [...code];
  if (chars.length !== SIZE) {
    return `${name} code must have ${SIZE} characters, not ${chars.length}`;
  }
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (COLOUR.test(ch) || (allowHole && ch === HOLE)) continue;
    const expected = allowHole ? `a colour letter A–Z or '${HOLE}' for the hole` : 'a colour letter A–Z';
    const hint = /^[a-z]$/.test(ch) ? ' (colour letters are capitals)' : '';
    return `${name} code has ${describe(ch)} at position ${i}: expected ${expected}${hint}`;
  }
  return null;
}

function countColours(code: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ch of code) if (ch !== HOLE) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

function checkColourCounts(plates: string, pebbles: string): string | null {
  const plateCounts = countColours(plates);
  const pebbleCounts = countColours(pebbles);
  const problems: string[] = [];
  const spare: string[] = [];
  for (const colour of [...new Set([...plateCounts.keys(), ...pebbleCounts.keys()])].sort()) {
    const onPlates = plateCounts.get(colour) ?? 0;
    const asPebbles = pebbleCounts.get(colour) ?? 0;
    if (onPlates === asPebbles) continue;
    if (onPlates === asPebbles + 1) spare.push(colour);
    else
      problems.push(
        `${asPebbles} ${colour} pebble${asPebbles === 1 ? '' : 's'} but ${onPlates} ${colour} plate${onPlates === 1 ? '' : 's'}`,
      );
  }
  if (problems.length > 0 || spare.length !== 1) {
    const extra =
      spare.length > 1
        ? [`more plates than pebbles in ${spare.length} colours (${spare.join(', ')}), but only the hole's plate may be spare`]
        : [];
    return `colour counts cannot be solved: ${[...problems, ...extra].join('; ')}`;
  }
  return null;
}

/**
 * Reads a board from its two codes. Returns the board, or an error that says what is wrong:
 * a wrong length, a bad character and its position, no hole or several holes, or colour counts
 * that no arrangement can solve (every pebble colour must have as many plates, plus one spare
 * plate for the hole).
 */
export function parseBoard(plates: unknown, pebbles: unknown): ParseResult {
  const error =
    checkCode('plates', plates, false) ??
    checkCode('pebbles', pebbles, true) ??
    checkHoles(pebbles as string) ??
    checkColourCounts(plates as string, pebbles as string);
  if (error !== null) return { ok: false, error };
  return { ok: true, board: { plates: plates as string, pebbles: pebbles as string } };
}

function checkHoles(pebbles: string): string | null {
  const holes = [...pebbles].flatMap((ch, i) => (ch === HOLE ? [i] : []));
  if (holes.length === 0) return `pebbles code has no hole: mark the empty plate with '${HOLE}'`;
  if (holes.length > 1) return `pebbles code has ${holes.length} holes (at positions ${holes.join(', ')}): it must have exactly one`;
  return null;
}

/** The two codes of a board; `parseBoard(formatBoard(b))` gives back `b`. */
export function formatBoard(board: Board): { plates: string; pebbles: string } {
  return { plates: board.plates, pebbles: board.pebbles };
}
