/** readAttributes: every attribute form, and the error code with its facts for each way it can be wrong. */
import { describe, expect, it } from 'vitest';
import { readAttributes } from '../../src/embed/attributes';
import { EXAMPLE_BOARD } from '../../src/engine';
import { LEVELS } from '../../src/levels';

const read = (attrs: Record<string, string>) => readAttributes((name) => attrs[name] ?? null);

describe('readAttributes', () => {
  it('reads a board with hints and controls', () => {
    expect(read({ ...EXAMPLE_BOARD, hints: 'off', controls: 'hint  undo restart', label: ' Board A ' })).toEqual({
      ok: true,
      value: { board: EXAMPLE_BOARD, hints: false, controls: ['hint', 'undo', 'restart'], label: 'Board A' },
    });
  });

  it.each([
    [{}, {}],
    [{ hints: '' }, { hints: true }],
    [{ hints: 'ON' }, { hints: true }],
    [{ level: '2' }, { level: 2 }],
    [{ level: ' 3 ' }, { level: 3 }],
    [{ daily: '' }, { daily: true }],
    [{ daily: 'false' }, {}],
    [{ controls: '' }, { controls: [] }],
    [{ controls: 'undo undo' }, { controls: ['undo'] }],
  ])('reads %j', (attrs, value) => {
    expect(read(attrs)).toEqual({ ok: true, value });
  });

  const last = LEVELS.at(-1)!.id;
  it.each([
    [{ plates: EXAMPLE_BOARD.plates }, { code: 'half-board', missing: 'pebbles' }],
    [{ pebbles: EXAMPLE_BOARD.pebbles }, { code: 'half-board', missing: 'plates' }],
    [
      { plates: EXAMPLE_BOARD.plates, pebbles: '-PCBRYOGYGBCORX' },
      { code: 'board', error: { code: 'colour-counts' } },
    ],
    [
      { plates: 'short', pebbles: EXAMPLE_BOARD.pebbles },
      { code: 'board', error: { code: 'length', field: 'plates', length: 5 } },
    ],
    [{ hints: 'maybe' }, { code: 'hints', value: 'maybe' }],
    [{ controls: 'hint fly <b>' }, { code: 'controls', unknown: ['fly', '<b>'] }],
    [{ level: '0' }, { code: 'level', value: '0' }],
    [{ level: 'two' }, { code: 'level', value: 'two' }],
    [{ level: '9999' }, { code: 'no-such-level', id: 9999, first: 1, last }],
    [
      { level: '1', daily: '' },
      { code: 'sources', sources: ['level', 'daily'] },
    ],
    [
      { ...EXAMPLE_BOARD, level: '1' },
      { code: 'sources', sources: ['codes', 'level'] },
    ],
  ])('refuses %j with the error code and its facts', (attrs, error) => {
    expect(read(attrs)).toMatchObject({ ok: false, error });
  });

  it.each(['0x10', '1e1', '+3', '1.0'])('refuses level %s as the app’s links do (one reader)', (level) => {
    expect(read({ level })).toEqual({ ok: false, error: { code: 'level', value: level } });
  });

  it('keeps a refused value whole in the error (the message shortens it)', () => {
    const long = 'x'.repeat(500);
    expect(read({ hints: long })).toEqual({ ok: false, error: { code: 'hints', value: long } });
  });
});
