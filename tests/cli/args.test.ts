import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args';

describe('parseArgs', () => {
  it('reads each command', () => {
    expect(parseArgs(['solve', 'A', 'B'])).toEqual({ ok: true, command: { kind: 'solve', plates: 'A', pebbles: 'B', json: false } });
    expect(parseArgs(['solve', '--json', 'A', 'B'])).toMatchObject({ ok: true, command: { json: true } });
    expect(parseArgs(['solve', '--jsonl'])).toEqual({ ok: true, command: { kind: 'solve-jsonl' } });
    expect(parseArgs(['generate', '--distance=12', '--seed', 'x', '--count', '3'])).toEqual({
      ok: true,
      command: { kind: 'generate', distance: 12, seed: 'x', count: 3, json: false },
    });
    expect(parseArgs([])).toEqual({ ok: true, command: { kind: 'help' } });
  });

  it.each([
    [['frob'], /unknown command 'frob'/],
    [['solve', '--fast', 'A', 'B'], /unknown option --fast/],
    [['solve', 'A'], /needs two board codes/],
    [['solve', '--jsonl', 'A'], /takes no other arguments/],
    [['generate'], /needs --distance/],
    [['generate', '--distance', 'ten'], /whole number, got 'ten'/],
    [['generate', '--distance', '5', '--count', '0'], /at least 1/],
    [['generate', '--distance'], /needs a value/],
  ])('refuses %j', (argv, message) => {
    const parsed = parseArgs(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });
});
