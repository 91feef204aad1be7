/** Shared links: every malformed hash gets an error code with its facts; good ones name a board, level or a daily board by its day. */
import { describe, expect, it } from 'vitest';
import { EXAMPLE_BOARD } from '../../src/engine';
import { dailySeed } from '../../src/levels';
import { boardLink, dateOfDay, readLink } from '../../src/store';

describe('readLink', () => {
  it('reads a board link and round-trips boardLink', () => {
    expect(readLink(boardLink(EXAMPLE_BOARD))).toEqual({ ok: true, value: { kind: 'board', board: EXAMPLE_BOARD } });
    expect(readLink('#pebbles=-PCBRYOGYGBCORP&plates=WCBRBOGYGPCORPY')).toEqual({
      ok: true,
      value: { kind: 'board', board: EXAMPLE_BOARD },
    });
  });

  it.each([
    ['', 'none'],
    ['#', 'none'],
    ['#level=4', 'level'],
    ['#daily', 'daily'],
  ])('%s names %s', (hash, kind) => {
    expect(readLink(hash)).toMatchObject({ ok: true, value: { kind } });
  });

  it('reads the day of a daily link; a bare #daily is today’s', () => {
    expect(readLink('#daily')).toEqual({ ok: true, value: { kind: 'daily', day: null } });
    expect(readLink('#daily=2026-11-22')).toEqual({ ok: true, value: { kind: 'daily', day: '2026-11-22' } });
  });

  it('turns a day into the local date the daily board is made from, and nothing else', () => {
    const date = dateOfDay('2028-02-29')!;
    expect([date.getFullYear(), date.getMonth(), date.getDate()]).toEqual([2028, 1, 29]);
    expect(dailySeed(date)).toBe('2028-02-29');
    for (const bad of ['2026-02-29', '2026-13-01', '26-11-22', '2026-11-22x', '']) expect(dateOfDay(bad)).toBeNull();
  });

  it.each([
    ['#plates=WCBRBOGYGPCORPY', { code: 'half-board', missing: 'pebbles' }],
    ['#pebbles=-PCBRYOGYGBCORP', { code: 'half-board', missing: 'plates' }],
    ['#plates=WCBRBOGYGPCORPY&pebbles=-PCBRYOGYGBCOR', { code: 'board', error: { code: 'length', field: 'pebbles', length: 14 } }],
    ['#plates=WCBRBOGYGPCORPY&pebbles=-PCBRYOGYGBCORR', { code: 'board', error: { code: 'colour-counts' } }],
    ['#plates=%E0%A4%A&pebbles=x', { code: 'encoding' }],
    ['#level=zero', { code: 'level', value: 'zero' }],
    ['#hello', { code: 'no-board' }],
    ['#daily=2026-02-30', { code: 'daily', value: '2026-02-30' }],
    ['#daily=tomorrow', { code: 'daily', value: 'tomorrow' }],
  ])('says what is wrong with %s', (hash, error) => {
    expect(readLink(hash)).toMatchObject({ ok: false, error });
  });
});
