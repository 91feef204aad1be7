/** Shared links: every malformed hash gets an error code with its facts; good ones name a board, level or a daily board by its day. */
import { describe, expect, it } from 'vitest';
import { EXAMPLE_BOARD } from '../../src/engine';
import { dailySeed } from '../../src/levels';
import { boardLink, dateOfDay, readLevelNumber, readLink as read, sourceLink } from '../../src/store';

const TODAY = '2026-11-22';
const readLink = (hash: string) => read(hash, TODAY);

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
    ['#daily=2026-11-23', { code: 'not-yet', day: '2026-11-23' }],
    ['#level=0x10', { code: 'level', value: '0x10' }],
    ['#level=1e1', { code: 'level', value: '1e1' }],
    ['#level=%2B3', { code: 'level', value: '+3' }],
    ['#level=1.0', { code: 'level', value: '1.0' }],
    ['#level=-2', { code: 'level', value: '-2' }],
    ['#level=0', { code: 'level', value: '0' }],
    ['#level=', { code: 'level', value: '' }],
    ['#plates=WCBRBOGYGPCORPY&pebbles=-PCBRYOGYGBCORP&level=3', { code: 'sources', sources: ['board', 'level'] }],
    ['#level=3&daily', { code: 'sources', sources: ['level', 'daily'] }],
  ])('says what is wrong with %s', (hash, error) => {
    expect(readLink(hash)).toMatchObject({ ok: false, error });
  });
});

describe('one reader for the app’s links and the embed’s attributes', () => {
  it('reads level numbers as digits only', () => {
    expect(['1', '37', '0010'].map(readLevelNumber)).toEqual([1, 37, 10]);
    for (const bad of ['0x10', '1e1', '+3', '1.0', ' 3', '3 ', '', '0', '-1', '１']) expect(readLevelNumber(bad)).toBeNull();
  });

  it('takes today’s daily board, and refuses one from tomorrow', () => {
    expect(readLink('#daily=2026-11-22')).toEqual({ ok: true, value: { kind: 'daily', day: '2026-11-22' } });
    expect(read('#daily=2026-11-23', '2026-11-23')).toMatchObject({ ok: true });
  });

  it('names a game’s board by its level, its day, or its codes', () => {
    expect(sourceLink({ kind: 'level', id: 4 }, EXAMPLE_BOARD)).toBe('#level=4');
    expect(sourceLink({ kind: 'daily', date: '2026-11-20', today: false }, EXAMPLE_BOARD)).toBe('#daily=2026-11-20');
    expect(sourceLink({ kind: 'random', difficulty: 'easy' }, EXAMPLE_BOARD)).toBe(boardLink(EXAMPLE_BOARD));
  });
});
