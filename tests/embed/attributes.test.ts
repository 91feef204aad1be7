/** readAttributes: every attribute form, and the error code with its facts for each way it can be wrong. */
import { describe, expect, it } from 'vitest';
import { readAttributes } from '../../src/embed/attributes';
import { EXAMPLE_BOARD } from '../../src/engine';
import { LEVELS } from '../../src/levels';

const TODAY = '2026-11-22';
const read = (attrs: Record<string, string>) => readAttributes((name) => attrs[name] ?? null, TODAY);

describe('readAttributes', () => {
  it('reads a board with hints, controls, a label and a theme', () => {
    expect(read({ ...EXAMPLE_BOARD, hints: 'off', controls: 'hint  undo restart', label: ' Board A ', theme: 'Dark' })).toEqual({
      ok: true,
      value: { board: EXAMPLE_BOARD, hints: false, controls: ['hint', 'undo', 'restart'], label: 'Board A', theme: 'dark' },
    });
  });

  it.each([
    [{}, {}],
    [{ hints: '' }, { hints: true }],
    [{ hints: 'ON' }, { hints: true }],
    [{ level: '2' }, { level: 2 }],
    [{ level: ' 3 ' }, { level: 3 }],
    [{ daily: '' }, { daily: true }],
    [{ daily: 'today' }, { daily: true }],
    [{ daily: ' Today ' }, { daily: true }],
    [{ daily: '2026-11-22' }, { daily: '2026-11-22' }],
    [{ daily: '2024-02-29' }, { daily: '2024-02-29' }],
    [{ controls: '' }, { controls: [] }],
    [{ controls: 'undo undo' }, { controls: ['undo'] }],
    [{ controls: 'hint\n  undo\trestart' }, { controls: ['hint', 'undo', 'restart'] }],
    [{ label: '' }, {}],
    [{ label: '  Puzzle\n    of the week ' }, { label: 'Puzzle of the week' }],
    [{ label: 'x'.repeat(200) }, { label: 'x'.repeat(200) }],
    // Characters, not UTF-16 units: 200 emoji are 400 units.
    [{ label: '🧩'.repeat(200) }, { label: '🧩'.repeat(200) }],
    [{ label: '<b>Tom & Jerry</b> 👨‍👩‍👧' }, { label: '<b>Tom & Jerry</b> 👨‍👩‍👧' }],
    [{ theme: 'light' }, { theme: 'light' }],
    [{ theme: '' }, { theme: 'auto' }],
  ])('reads %j', (attrs, value) => {
    expect(read(attrs)).toEqual({ ok: true, value });
  });

  const last = LEVELS.at(-1)!.id;
  it.each([
    [{ plates: EXAMPLE_BOARD.plates }, { code: 'half-board', missing: 'pebbles' }],
    [{ pebbles: EXAMPLE_BOARD.pebbles }, { code: 'half-board', missing: 'plates' }],
    [
      { plates: EXAMPLE_BOARD.plates, pebbles: '-PCBRYOGYGBCORX' },
      { code: 'board', error: { code: 'colour-counts', mismatches: [{ colour: 'X', pebbles: 1, plates: 0 }], spare: ['P', 'W'] } },
    ],
    [
      { plates: 'short', pebbles: EXAMPLE_BOARD.pebbles },
      { code: 'board', error: { code: 'length', field: 'plates', length: 5 } },
    ],
    [{ hints: 'maybe' }, { code: 'hints', value: 'maybe' }],
    [{ controls: 'hint fly <b>' }, { code: 'controls', unknown: ['fly', '<b>'] }],
    [{ controls: 'hint,undo' }, { code: 'controls-commas', value: 'hint,undo' }],
    [{ controls: 'hint, undo' }, { code: 'controls-commas', value: 'hint, undo' }],
    [{ level: '0' }, { code: 'level', value: '0' }],
    [{ level: 'two' }, { code: 'level', value: 'two' }],
    [{ level: '9999' }, { code: 'no-such-level', id: 9999, first: 1, last }],
    [{ daily: '<script>alert(1)</script>' }, { code: 'daily', value: '<script>alert(1)</script>' }],
    [{ daily: 'false' }, { code: 'daily', value: 'false' }],
    [{ daily: '2026-02-30' }, { code: 'daily', value: '2026-02-30' }],
    [{ daily: '2026-1-5' }, { code: 'daily', value: '2026-1-5' }],
    [{ daily: '0001-01-01' }, { code: 'daily', value: '0001-01-01' }],
    [{ daily: '2026-11-23' }, { code: 'daily-not-yet', day: '2026-11-23' }],
    [{ label: 'x'.repeat(201) }, { code: 'label-length', length: 201, max: 200 }],
    [{ label: 'x'.repeat(100_000) }, { code: 'label-length', length: 100_000, max: 200 }],
    [{ label: 'bell\u0007' }, { code: 'label-characters' }],
    [{ label: 'evil\u202Eknarf' }, { code: 'label-characters' }],
    [{ label: 'half \uD83D pair' }, { code: 'label-characters' }],
    [{ theme: 'neon' }, { code: 'theme', value: 'neon' }],
    [{ theme: 'dark light' }, { code: 'theme', value: 'dark light' }],
    [
      { level: '1', daily: '' },
      { code: 'sources', sources: ['level', 'daily'] },
    ],
    [
      { ...EXAMPLE_BOARD, level: '1' },
      { code: 'sources', sources: ['codes', 'level'] },
    ],
  ])('refuses %j with the error code and its facts', (attrs, error) => {
    expect(read(attrs)).toEqual({ ok: false, error });
  });

  it.each(['0x10', '1e1', '+3', '1.0'])('refuses level %s as the app’s links do (one reader)', (level) => {
    expect(read({ level })).toEqual({ ok: false, error: { code: 'level', value: level } });
  });

  it('keeps a refused value whole in the error (the message shortens it)', () => {
    const long = 'x'.repeat(500);
    expect(read({ hints: long })).toEqual({ ok: false, error: { code: 'hints', value: long } });
  });

  it("takes today from the page's clock when not told", () => {
    expect(readAttributes((name) => (name === 'daily' ? '2999-01-01' : null))).toMatchObject({
      ok: false,
      error: { code: 'daily-not-yet' },
    });
    expect(readAttributes((name) => (name === 'daily' ? '2000-01-01' : null))).toEqual({ ok: true, value: { daily: '2000-01-01' } });
  });
});
