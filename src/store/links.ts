/**
 * Shared links: the URL hash names a board (`#plates=…&pebbles=…`), a level (`#level=N`) or a
 * daily board (`#daily=YYYY-MM-DD`, or `#daily` for today's). Strict, and the one reader of
 * level numbers and days for the app's links and the embed's attributes alike: `0x10`, `1e1`,
 * `+3` and `1.0` are no level numbers, a day must be a real calendar day that has come, and a
 * link names one board only. Reading never throws: errors are data. Pure string work, no DOM.
 */
import type { Board, BoardError, CodeField, Result } from '../engine';
import { err, ok, parseBoard } from '../engine';
import { dateOfDay } from './days';
import type { BoardSource } from './types';

export type LinkTarget =
  | { readonly kind: 'none' }
  | { readonly kind: 'board'; readonly board: Board }
  | { readonly kind: 'level'; readonly id: number }
  /** `day` is null for today's daily board. */
  | { readonly kind: 'daily'; readonly day: string | null };

/** What is wrong with a day: no calendar day at all, or one that has not come yet. */
export type DayError = { readonly code: 'daily'; readonly value: string } | { readonly code: 'not-yet'; readonly day: string };

/** The ways a link can name a board. */
export type LinkSource = 'board' | 'level' | 'daily';

/** What is wrong with a link: its encoding, half a board, a bad board, level or day, two boards, or none. */
export type LinkError =
  | { readonly code: 'encoding' }
  | { readonly code: 'half-board'; readonly missing: CodeField }
  | { readonly code: 'board'; readonly error: BoardError }
  | { readonly code: 'level'; readonly value: string }
  | DayError
  | { readonly code: 'sources'; readonly sources: readonly LinkSource[] }
  | { readonly code: 'no-board' };

/** A level number written as digits only (no sign, exponent, fraction or hex), from 1; else null. */
export function readLevelNumber(value: string): number | null {
  return /^\d{1,4}$/.test(value) && Number(value) > 0 ? Number(value) : null;
}

/** A 'YYYY-MM-DD' day that exists and is not after `today` (the same form). */
export function readDay(value: string, today: string): Result<string, DayError> {
  if (!dateOfDay(value)) return err({ code: 'daily', value });
  return value > today ? err({ code: 'not-yet', day: value }) : ok(value);
}

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** The hash's parameters by lower-case name, or null when it is not properly encoded. */
function paramsOf(text: string): Map<string, string> | null {
  const params = new Map<string, string>();
  for (const part of text.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const name = decode(eq < 0 ? part : part.slice(0, eq));
    const value = decode(eq < 0 ? '' : part.slice(eq + 1));
    if (name === null || value === null) return null;
    params.set(name.toLowerCase(), value.trim());
  }
  return params;
}

/** What a location hash asks for, or what is wrong with it; `today` is the player's day. */
export function readLink(hash: string, today: string): Result<LinkTarget, LinkError> {
  const text = hash.replace(/^#/, '').trim();
  if (text === '') return ok({ kind: 'none' });
  const params = paramsOf(text);
  if (!params) return err({ code: 'encoding' });
  const named = (['board', 'level', 'daily'] as const).filter((n) =>
    n === 'board' ? params.has('plates') || params.has('pebbles') : params.has(n),
  );
  if (named.length > 1) return err({ code: 'sources', sources: named });
  if (named[0] === 'board') {
    const plates = params.get('plates');
    const pebbles = params.get('pebbles');
    if (!plates) return err({ code: 'half-board', missing: 'plates' });
    if (!pebbles) return err({ code: 'half-board', missing: 'pebbles' });
    const parsed = parseBoard(plates, pebbles);
    return parsed.ok ? ok({ kind: 'board', board: parsed.value }) : err({ code: 'board', error: parsed.error });
  }
  if (named[0] === 'level') {
    const value = params.get('level')!;
    const id = readLevelNumber(value);
    return id === null ? err({ code: 'level', value }) : ok({ kind: 'level', id });
  }
  if (named[0] === 'daily') {
    const value = params.get('daily')!;
    if (value === '') return ok({ kind: 'daily', day: null });
    const day = readDay(value, today);
    return day.ok ? ok({ kind: 'daily', day: day.value }) : day;
  }
  return err({ code: 'no-board' });
}

/** The hash that shares a board. */
export function boardLink(board: Board): string {
  return `#plates=${board.plates}&pebbles=${board.pebbles}`;
}

/** The hash that names a game's board: its level, the daily board of its day, or its codes. */
export function sourceLink(source: BoardSource, start: Board): string {
  if (source.kind === 'level') return `#level=${source.id}`;
  // Dated, so a friend who opens the link another day gets the same board.
  if (source.kind === 'daily') return `#daily=${source.date}`;
  return boardLink(start);
}
