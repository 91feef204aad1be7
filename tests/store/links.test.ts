/** Shared links: every malformed hash gets a message; good ones name a board, level or the daily. */
import { describe, expect, it } from 'vitest';
import { EXAMPLE_BOARD } from '../../src/engine';
import { boardLink, readLink } from '../../src/store';

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

  it.each([
    ['#plates=WCBRBOGYGPCORPY', /plates but no pebbles/],
    ['#plates=WCBRBOGYGPCORPY&pebbles=-PCBRYOGYGBCOR', /15 characters/],
    ['#plates=WCBRBOGYGPCORPY&pebbles=-PCBRYOGYGBCORR', /colour counts/],
    ['#plates=%E0%A4%A&pebbles=x', /not properly encoded/],
    ['#level=zero', /not a level number/],
    ['#hello', /names no board/],
  ])('explains what is wrong with %s', (hash, message) => {
    const target = readLink(hash);
    expect(target.kind).toBe('invalid');
    expect(target.kind === 'invalid' && target.error).toMatch(message);
  });
});
