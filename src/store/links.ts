/**
 * Shared links: the URL hash names a board (`#plates=…&pebbles=…`), a level (`#level=N`) or a
 * daily board (`#daily=YYYY-MM-DD`, or `#daily` for today's). Reading a hash never throws: a
 * malformed link gives an error code with the facts a message needs. Pure string work, no DOM.
 */
import type { Board, BoardError, CodeField, Result } from '../engine';
import { err, ok, parseBoard } from '../engine';
import { dateOfDay } from './days';

export type LinkTarget =
  | { readonly kind: 'none' }
  | { readonly kind: 'board'; readonly board: Board }
  | { readonly kind: 'level'; readonly id: number }
  /** `day` is null for today's daily board. */
  | { readonly kind: 'daily'; readonly day: string | null };

/** What is wrong with a link: its encoding, half a board, a bad board, level or day, or no board named. */
export type LinkError =
  | { readonly code: 'encoding' }
  | { readonly code: 'half-board'; readonly missing: CodeField }
  | { readonly code: 'board'; readonly error: BoardError }
  | { readonly code: 'level'; readonly value: string }
  | { readonly code: 'daily'; readonly value: string }
  | { readonly code: 'no-board' };

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** What a location hash asks for, or what is wrong with it. */
export function readLink(hash: string): Result<LinkTarget, LinkError> {
  const text = hash.replace(/^#/, '').trim();
  if (text === '') return ok({ kind: 'none' });
  const params = new Map<string, string>();
  for (const part of text.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const name = decode(eq < 0 ? part : part.slice(0, eq));
    const value = decode(eq < 0 ? '' : part.slice(eq + 1));
    if (name === null || value === null) return err({ code: 'encoding' });
    params.set(name.toLowerCase(), value.trim());
  }
  if (params.has('plates') || params.has('pebbles')) {
    const plates = params.get('plates');
    const pebbles = params.get('pebbles');
    if (!plates) return err({ code: 'half-board', missing: 'plates' });
    if (!pebbles) return err({ code: 'half-board', missing: 'pebbles' });
    const parsed = parseBoard(plates, pebbles);
    return parsed.ok ? ok({ kind: 'board', board: parsed.value }) : err({ code: 'board', error: parsed.error });
  }
  if (params.has('level')) {
    const value = params.get('level')!;
    const id = Number(value);
    return Number.isInteger(id) && id > 0 ? ok({ kind: 'level', id }) : err({ code: 'level', value });
  }
  if (params.has('daily')) {
    const day = params.get('daily') || null;
    return day === null || dateOfDay(day) ? ok({ kind: 'daily', day }) : err({ code: 'daily', value: day });
  }
  return err({ code: 'no-board' });
}

/** The hash that shares a board. */
export function boardLink(board: Board): string {
  return `#plates=${board.plates}&pebbles=${board.pebbles}`;
}
