/** Shared links: every malformed hash gets a message; good ones name a board, level or a daily board by its day. */
import { describe, expect, it } from 'vitest';
import { EXAMPLE_BOARD } from '../../src/engine';
import { dailySeed } from '../../src/levels';
import { boardLink, dateOfDay, readLink } from '../../src/store';

describe('readLink', () => {
  it('reads a board link and round-trips boardLink', () => {
    expect(readLink(boardLink(EXAMPLE_BOARD))).toEqual({ kind: 'board', board: EXAMPLE_BOARD });
    expect(readLink('#pebbles=-PCBRYOGYGBCORP&plates=WCBRBOGYGPCORPY')).toEqual({ kind: 'board', board: EXAMPLE_BOARD });
  });

  it.each([
    ['', 'none'],
    ['#', 'none'],
    ['#level=4', 'level'],
    ['#daily', 'daily'],
  ])('%s names %s', (hash, kind) => {
    expect(readLink(hash).kind).toBe(kind);
  });

  it('reads the day of a daily link; a bare #daily is today’s', () => {
    expect(readLink('#daily')).toEqual({ kind: 'daily', day: null });
    expect(readLink('#daily=2026-11-22')).toEqual({ kind: 'daily', day: '2026-11-22' });
  });

  it('turns a day into the local date the daily board is made from, and nothing else', () => {
    const date = dateOfDay('2028-02-29')!;
    expect([date.getFullYear(), date.getMonth(), date.getDate()]).toEqual([2028, 1, 29]);
    expect(dailySeed(date)).toBe('2028-02-29');
    for (const bad of ['2026-02-29', '2026-13-01', '26-11-22', '2026-11-22x', '']) expect(dateOfDay(bad)).toBeNull();
  });

  it.each([
    ['#plates=WCBRBOGYGPCORPY', /plates but no pebbles/],
    ['#plates=WCBRBOGYGPCORPY&pebbles=-PCBRYOGYGBCOR', /15 characters/],
    ['#plates=WCBRBOGYGPCORPY&pebbles=-PCBRYOGYGBCORR', /colour counts/],
    ['#plates=%E0%A4%A&pebbles=x', /not properly encoded/],
    ['#level=zero', /not a level number/],
    ['#hello', /names no board/],
    ['#daily=2026-02-30', /"2026-02-30" is not a date like 2026-11-22/],
    ['#daily=tomorrow', /"tomorrow" is not a date/],
  ])('explains what is wrong with %s', (hash, message) => {
    const target = readLink(hash);
    expect(target.kind).toBe('invalid');
    expect(target.kind === 'invalid' && target.error).toMatch(message);
  });
});
