import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/cli/args';
import { describeArgsError } from '../../src/cli/messages';

const EXAMPLE = ['WCBRBOGYGPCORPY', '-PCBRYOGYGBCORP'];

describe('parseCommand', () => {
  it('reads each command', () => {
    expect(parseCommand(['solve', 'A', 'B'])).toEqual({ ok: true, value: { kind: 'solve', plates: 'A', pebbles: 'B', json: false } });
    expect(parseCommand(['solve', '--json', 'A', 'B'])).toMatchObject({ ok: true, value: { json: true } });
    expect(parseCommand(['solve', '--jsonl'])).toEqual({ ok: true, value: { kind: 'solve-jsonl' } });
    expect(parseCommand(['generate', '--distance=12', '--seed', 'x', '--count', '3'])).toEqual({
      ok: true,
      value: { kind: 'generate', distance: 12, seed: 'x', count: 3, json: false },
    });
    expect(parseCommand([])).toEqual({ ok: true, value: { kind: 'help' } });
    expect(parseCommand(['solve', '--help'])).toEqual({ ok: true, value: { kind: 'help' } });
  });

  it('takes a pebbles code that begins with the hole, with or without --', () => {
    expect(parseCommand(['solve', ...EXAMPLE])).toMatchObject({ ok: true, value: { plates: EXAMPLE[0], pebbles: EXAMPLE[1] } });
    expect(parseCommand(['solve', '--json', '--', ...EXAMPLE])).toMatchObject({ ok: true, value: { pebbles: EXAMPLE[1], json: true } });
    expect(parseCommand(['solve', '--', 'WCBRBOGYGPCORPY', '--CBRYOGYGBCORP'])).toMatchObject({
      ok: true,
      value: { pebbles: '--CBRYOGYGBCORP' },
    });
    expect(parseCommand(['solve', 'WCBRBOGYGPCORPY', '--CBRYOGYGBCORP'])).toMatchObject({
      ok: true,
      value: { pebbles: '--CBRYOGYGBCORP' },
    });
    // After --, even an option's name is a word.
    expect(parseCommand(['solve', '--', 'A', '--json'])).toMatchObject({
      ok: true,
      value: { plates: 'A', pebbles: '--json', json: false },
    });
  });

  it.each([
    [['frob'], { code: 'unknown-command', name: 'frob' }, /unknown command 'frob'/],
    [['solve', '-x', 'A', 'B'], { code: 'unknown-option', option: '-x' }, /unknown option '-x' for solve/],
    [['solve', '--fast', 'A', 'B'], { code: 'unknown-option', option: '--fast' }, /unknown option '--fast'/],
    [['solve', '--json=yes', 'A', 'B'], { code: 'unexpected-value', option: '--json' }, /takes no value/],
    [['solve', 'A'], { code: 'board-codes', count: 1 }, /needs two board codes/],
    [['solve', '--jsonl', 'A'], { code: 'jsonl-alone' }, /takes no other arguments/],
    [['generate'], { code: 'needs-distance' }, /needs --distance/],
    [['generate', '--distance', 'ten'], { code: 'not-whole', text: 'ten' }, /whole number, got 'ten'/],
    [['generate', '--distance', '-5'], { code: 'not-whole', text: '-5' }, /whole number, got '-5'/],
    [['generate', '--distance', '5', '--count', '0'], { code: 'too-small', min: 1 }, /at least 1/],
    [['generate', '--distance'], { code: 'missing-value', option: '--distance' }, /needs a value/],
    [['generate', '--distance', '--seed', 'x'], { code: 'missing-value', option: '--distance' }, /needs a value/],
    [['generate', '--distance', '5', 'extra'], { code: 'unexpected-argument', word: 'extra' }, /no positional arguments/],
  ])('refuses %j as data, worded by the CLI', (argv, error, message) => {
    const parsed = parseCommand(argv);
    expect(parsed).toMatchObject({ ok: false, error });
    if (!parsed.ok) expect(describeArgsError(parsed.error)).toMatch(message);
  });

  it('never echoes a long word back in full', () => {
    const long = 'x'.repeat(100_000);
    const parsed = parseCommand([long]);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      const message = describeArgsError(parsed.error);
      expect(message.length).toBeLessThan(120);
      expect(message).toContain('100000 characters');
    }
  });
});
