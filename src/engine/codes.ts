/**
 * Board codes: reading and writing the two 15-character strings of RULES.md. Every way a code can
 * be wrong is its own error code with the facts a message needs; parsing never throws and never
 * repairs a board. `describeBoardError` words an error in plain English for developer-facing
 * front ends (the CLI, the server, thrown errors); the game's UI words the codes itself.
 */
import type { Board } from './board';
import { HOLE } from './board';
import { SIZE } from './geometry';
import type { Result } from './result';
import { err, ok } from './result';

/** Which of the two codes an error is about. */
export type CodeField = 'plates' | 'pebbles';

/** A colour whose pebbles and plates cannot be matched: it needs as many plates as pebbles (plus the spare). */
export interface ColourMismatch {
  readonly colour: string;
  readonly pebbles: number;
  readonly plates: number;
}

/** What is wrong with a pair of board codes. */
export type BoardError =
  | { readonly code: 'missing'; readonly field: CodeField }
  | { readonly code: 'length'; readonly field: CodeField; readonly length: number }
  /** `char` is the offending character; `position` counts from 0 like board positions. */
  | { readonly code: 'character'; readonly field: CodeField; readonly position: number; readonly char: string }
  | { readonly code: 'no-hole' }
  | { readonly code: 'holes'; readonly positions: readonly number[] }
  /** `spare`: the colours with one plate more than pebbles (exactly one is allowed: the hole's). */
  | { readonly code: 'colour-counts'; readonly mismatches: readonly ColourMismatch[]; readonly spare: readonly string[] };

const COLOUR = /^[A-Z]$/;

function checkCode(field: CodeField, code: unknown, allowHole: boolean): BoardError | null {
  if (typeof code !== 'string') return { code: 'missing', field };
  const chars = [...code];
  if (chars.length !== SIZE) return { code: 'length', field, length: chars.length };
  const position = chars.findIndex((ch) => !(COLOUR.test(ch) || (allowHole && ch === HOLE)));
  return position < 0 ? null : { code: 'character', field, position, char: chars[position]! };
}

function countColours(code: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ch of code) if (ch !== HOLE) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

function checkColourCounts(plates: string, pebbles: string): BoardError | null {
  const plateCounts = countColours(plates);
  const pebbleCounts = countColours(pebbles);
  const mismatches: ColourMismatch[] = [];
  const spare: string[] = [];
  for (const colour of [...new Set([...plateCounts.keys(), ...pebbleCounts.keys()])].sort()) {
    const onPlates = plateCounts.get(colour) ?? 0;
    const asPebbles = pebbleCounts.get(colour) ?? 0;
    if (onPlates === asPebbles) continue;
    if (onPlates === asPebbles + 1) spare.push(colour);
    else mismatches.push({ colour, pebbles: asPebbles, plates: onPlates });
  }
  return mismatches.length > 0 || spare.length !== 1 ? { code: 'colour-counts', mismatches, spare } : null;
}

function checkHoles(pebbles: string): BoardError | null {
  const positions = [...pebbles].flatMap((ch, i) => (ch === HOLE ? [i] : []));
  if (positions.length === 0) return { code: 'no-hole' };
  return positions.length > 1 ? { code: 'holes', positions } : null;
}

/**
 * Reads a board from its two codes. Returns the board, or what is wrong: a missing code, a wrong
 * length, a bad character and its position, no hole or several holes, or colour counts that no
 * arrangement can solve (every pebble colour must have as many plates, plus one spare plate for
 * the hole). Checks run in that order and the first problem found is reported.
 */
export function parseBoard(plates: unknown, pebbles: unknown): Result<Board, BoardError> {
  const error =
    checkCode('plates', plates, false) ??
    checkCode('pebbles', pebbles, true) ??
    checkHoles(pebbles as string) ??
    checkColourCounts(plates as string, pebbles as string);
  return error === null ? ok({ plates: plates as string, pebbles: pebbles as string }) : err(error);
}

/** A character as a reader can see it: itself when printable ASCII, else its code point. */
export function visibleChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  return code >= 0x20 && code <= 0x7e ? `'${ch}'` : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Plain English for a board error, for developer-facing front ends (CLI, server, thrown errors). */
export function describeBoardError(error: BoardError): string {
  switch (error.code) {
    case 'missing':
      return `${error.field} code is missing (expected ${SIZE} characters)`;
    case 'length':
      return `${error.field} code must have ${SIZE} characters, not ${error.length}`;
    case 'character': {
      const expected = error.field === 'pebbles' ? `a colour letter A–Z or '${HOLE}' for the hole` : 'a colour letter A–Z';
      const capitals = /^[a-z]$/.test(error.char) ? ' (colour letters are capitals)' : '';
      return `${error.field} code has ${visibleChar(error.char)} at position ${error.position}: expected ${expected}${capitals}`;
    }
    case 'no-hole':
      return `pebbles code has no hole: mark the empty plate with '${HOLE}'`;
    case 'holes':
      return `pebbles code has ${error.positions.length} holes (at positions ${error.positions.join(', ')}): it must have exactly one`;
    case 'colour-counts': {
      const problems = error.mismatches.map(
        (m) => `${plural(m.pebbles, `${m.colour} pebble`)} but ${plural(m.plates, `${m.colour} plate`)}`,
      );
      if (error.spare.length > 1) {
        problems.push(
          `more plates than pebbles in ${error.spare.length} colours (${error.spare.join(', ')}), but only the hole's plate may be spare`,
        );
      }
      return `colour counts cannot be solved: ${problems.join('; ')}`;
    }
  }
}

/** What is wrong with a plate layout alone: a bad code, or not exactly one colour with an odd count. */
export type LayoutError =
  | Extract<BoardError, { readonly code: 'missing' | 'length' | 'character' }>
  | { readonly code: 'odd-colours'; readonly colours: readonly string[] };

/**
 * Reads a plate layout of pairs (as random boards and the editor's shuffle use): 15 colour
 * letters with exactly one colour on an odd number of plates, the one that will hold the hole.
 */
export function parseLayout(plates: unknown): Result<string, LayoutError> {
  const error = checkCode('plates', plates, false);
  if (error) return err(error as LayoutError);
  const counts = countColours(plates as string);
  const odd = [...counts.keys()].filter((colour) => counts.get(colour)! % 2 === 1).sort();
  return odd.length === 1 ? ok(plates as string) : err({ code: 'odd-colours', colours: odd });
}
