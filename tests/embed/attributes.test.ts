/** readAttributes: every attribute form, and a readable message for each way it can be wrong. */
import { describe, expect, it } from 'vitest';
import { readAttributes } from '../../src/embed/attributes';
import { EXAMPLE_BOARD } from '../../src/engine';

const read = (attrs: Record<string, string>) => readAttributes((name) => attrs[name] ?? null);

describe('readAttributes', () => {
  it('reads a board with hints and controls', () => {
    expect(read({ ...EXAMPLE_BOARD, hints: 'off', controls: 'hint  undo restart' })).toEqual({
      ok: true,
      options: { board: EXAMPLE_BOARD, hints: false, controls: ['hint', 'undo', 'restart'] },
    });
  });

  it.each([
    [{}, {}],
    [{ hints: '' }, { hints: true }],
    [{ hints: 'ON' }, { hints: true }],
    [{ level: '2' }, { level: 2 }],
    [{ daily: '' }, { daily: true }],
    [{ daily: 'false' }, {}],
    [{ controls: '' }, { controls: [] }],
  ])('reads %j', (attrs, options) => {
    expect(read(attrs)).toEqual({ ok: true, options });
  });

  it.each([
    [{ plates: EXAMPLE_BOARD.plates }, /pebbles is missing/],
    [{ pebbles: EXAMPLE_BOARD.pebbles }, /plates is missing/],
    [{ plates: EXAMPLE_BOARD.plates, pebbles: '-PCBRYOGYGBCORX' }, /invalid board: .*colour counts/],
    [{ plates: 'short', pebbles: EXAMPLE_BOARD.pebbles }, /invalid board: plates code must have 15 characters/],
    [{ hints: 'maybe' }, /hints must be "on" or "off", not "maybe"/],
    [{ controls: 'hint fly <b>' }, /unknown names "fly", "<b>"/],
    [{ level: '0' }, /level must be a level number/],
    [{ level: 'two' }, /level must be a level number/],
    [{ level: '9999' }, /there is no level 9999; levels go from 1 to \d+/],
    [{ level: '1', daily: '' }, /choose one board source, not level and daily/],
    [{ ...EXAMPLE_BOARD, level: '1' }, /choose one board source/],
  ])('rejects %j', (attrs, message) => {
    const result = read(attrs);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('keeps a long bad value short in the message', () => {
    const result = read({ hints: 'x'.repeat(500) });
    expect(result.ok || result.error.length < 120).toBe(true);
  });
});
