/**
 * Shared links: the URL hash names a board (`#plates=…&pebbles=…`), a level (`#level=N`) or a
 * daily board (`#daily=YYYY-MM-DD`, or `#daily` for today's). Reading a hash never throws: a
 * malformed link gives a message that says what is wrong. Pure string work, no DOM.
 */
import type { Board } from '../engine';
import { describeBoardError, parseBoard } from '../engine';
import { dateOfDay } from './days';

export type LinkTarget =
  | { readonly kind: 'none' }
  | { readonly kind: 'board'; readonly board: Board }
  | { readonly kind: 'level'; readonly id: number }
  /** `day` is null for today's daily board. */
  | { readonly kind: 'daily'; readonly day: string | null }
  | { readonly kind: 'invalid'; readonly error: string };

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** What a location hash asks for. */
export function readLink(hash: string): LinkTarget {
  const text = hash.replace(/^#/, '').trim();
  if (text === '') return { kind: 'none' };
  const params = new Map<string, string>();
  for (const part of text.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const name = decode(eq < 0 ? part : part.slice(0, eq));
    const value = decode(eq < 0 ? '' : part.slice(eq + 1));
    if (name === null || value === null) return { kind: 'invalid', error: 'the link is not properly encoded' };
    params.set(name.toLowerCase(), value.trim());
  }
  if (params.has('plates') || params.has('pebbles')) {
    const plates = params.get('plates');
    const pebbles = params.get('pebbles');
    if (!plates) return { kind: 'invalid', error: 'the link has pebbles but no plates' };
    if (!pebbles) return { kind: 'invalid', error: 'the link has plates but no pebbles' };
    const parsed = parseBoard(plates, pebbles);
    return parsed.ok ? { kind: 'board', board: parsed.value } : { kind: 'invalid', error: describeBoardError(parsed.error) };
  }
  if (params.has('level')) {
    const id = Number(params.get('level'));
    return Number.isInteger(id) && id > 0
      ? { kind: 'level', id }
      : { kind: 'invalid', error: `"${params.get('level')}" is not a level number` };
  }
  if (params.has('daily')) {
    const day = params.get('daily') || null;
    return day === null || dateOfDay(day) ? { kind: 'daily', day } : { kind: 'invalid', error: `"${day}" is not a date like 2026-11-22` };
  }
  return { kind: 'invalid', error: 'the link names no board (expected plates and pebbles)' };
}

/** The hash that shares a board. */
export function boardLink(board: Board): string {
  return `#plates=${board.plates}&pebbles=${board.pebbles}`;
}
