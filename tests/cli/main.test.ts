import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { applyMoves, isSolved } from '../../src/engine';
import { measure } from '../../src/solver';
import { runCli } from './run';

const EXAMPLE = ['WCBRBOGYGPCORPY', '-PCBRYOGYGBCORP'];

describe('tripebble CLI', () => {
  it('solves a board for people', async () => {
    const { code, stdout } = await runCli(['solve', ...EXAMPLE]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Distance {2}16 moves/);
    expect(stdout).toMatch(/Hints {5}3, 4, 10 /);
    expect(stdout).toMatch(/16\. \w \d+ → \d+/);
  });

  it('solves a board as JSON', async () => {
    const { code, stdout } = await runCli(['solve', '--json', ...EXAMPLE]);
    expect(code).toBe(0);
    const answer = JSON.parse(stdout);
    expect(answer).toMatchObject({ plates: EXAMPLE[0], pebbles: EXAMPLE[1], distance: 16, hints: [3, 4, 10] });
    expect(isSolved(applyMoves({ plates: EXAMPLE[0]!, pebbles: EXAMPLE[1]! }, answer.line))).toBe(true);
  });

  it('says why a board is invalid, with status 1', async () => {
    const { code, stdout, stderr } = await runCli(['solve', 'WCBRBOGYGPCORPY', '-PCBRYOGYGBCOR']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/invalid board: pebbles code must have 15 characters, not 14/);
  });

  it('prints usage with status 2 for unknown commands and options', async () => {
    for (const argv of [['frob'], ['solve', '--fast', ...EXAMPLE], ['solve', '-x', ...EXAMPLE]]) {
      const { code, stderr } = await runCli(argv);
      expect(code).toBe(2);
      expect(stderr).toMatch(/Usage:/);
    }
  });

  it('reads what follows -- as board codes, which may begin with the hole', async () => {
    const twoHoles = await runCli(['solve', '--', 'WCBRBOGYGPCORPY', '--CBRYOGYGBCORP']);
    expect(twoHoles.code).toBe(1);
    expect(twoHoles.stderr).toMatch(/pebbles code has 2 holes/);
    const fine = await runCli(['solve', '--json', '--', ...EXAMPLE]);
    expect(fine.code).toBe(0);
    expect(JSON.parse(fine.stdout)).toMatchObject({ distance: 16 });
  });

  it('refuses a very long code by its length, without echoing it', async () => {
    const long = 'W'.repeat(1_000_000);
    const { code, stderr } = await runCli(['solve', long, EXAMPLE[1]!]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/plates code must have 15 characters, not 1000000/);
    expect(stderr.length).toBeLessThan(200);
    const lines = await runCli(['solve', '--jsonl'], JSON.stringify({ plates: EXAMPLE[0], pebbles: '-'.repeat(50_000) }));
    expect(lines.stdout.length).toBeLessThan(200);
    expect(JSON.parse(lines.stdout).error).toMatch(/line 1: too long \(50\d+ characters/);
  });

  it('solves JSON lines, answering every line and failing at the end if one was bad', async () => {
    const input = [
      JSON.stringify({ plates: EXAMPLE[0], pebbles: EXAMPLE[1] }),
      'not json',
      JSON.stringify({ plates: EXAMPLE[0], pebbles: '--CBRYOGYGBCORP' }),
      '',
      JSON.stringify({ plates: 'WCBRBOGYGPCORPY', pebbles: '-CBRBOGYGPCORPY' }),
    ].join('\n');
    const { code, stdout } = await runCli(['solve', '--jsonl'], input);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(code).toBe(1);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ distance: 16, hints: [3, 4, 10], ms: expect.any(Number) });
    expect(lines[1]).toEqual({ error: 'line 2: not valid JSON' });
    expect(lines[2].error).toMatch(/line 3: pebbles code has 2 holes/);
    expect(lines[3]).toMatchObject({ distance: 0, hints: [] });
  });

  it('reads JSON lines with a byte-order mark and CRLF endings like plain ones', async () => {
    const line = JSON.stringify({ plates: EXAMPLE[0], pebbles: EXAMPLE[1] });
    const { code, stdout } = await runCli(['solve', '--jsonl'], `\uFEFF${line}\r\n${line}\r\n`);
    expect(code).toBe(0);
    const answers = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(answers).toHaveLength(2);
    for (const answer of answers) expect(answer).toMatchObject({ distance: 16, hints: [3, 4, 10] });
  });

  it('refuses an absurd distance at once, saying how far boards go', async () => {
    const started = performance.now();
    const { code, stderr } = await runCli(['generate', '--distance', '100000000000000000000']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/no board needs that many moves: the hardest board of the example layout needs 25/);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('generates boards of exactly the asked distance, the same for the same seed', async () => {
    const first = await runCli(['generate', '--distance', '18', '--seed', 'abc', '--count', '3', '--json']);
    const again = await runCli(['generate', '--distance', '18', '--seed', 'abc', '--count', '3', '--json']);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(again.stdout);
    const boards = first.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(boards).toHaveLength(3);
    for (const board of boards) expect(measure(board).distance).toBe(18);
  });

  it('gives up on a distance beyond the layout within its allowance, naming the hardest board found', async () => {
    const { code, stderr } = await runCli(['generate', '--distance', '27', '--plates', 'WCBRBOGYGPCORPY']);
    expect(code).toBe(1);
    const [, found, pebbles] = /the hardest found needs (\d+): ([A-Z-]{15})/.exec(stderr) ?? [];
    expect(Number(found)).toBeLessThan(27);
    expect(measure({ plates: 'WCBRBOGYGPCORPY', pebbles: pebbles! }).distance).toBe(Number(found));
  });

  it('says why it cannot generate for a bad layout', async () => {
    const { code, stderr } = await runCli(['generate', '--distance', '5', '--plates', 'ABCDEFGHIJKLMNO']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/exactly one colour with an odd number of plates/);
  });

  it('runs as the tripebble command', () => {
    const out = execFileSync(process.execPath, ['bin/tripebble.mjs', 'solve', '--json', ...EXAMPLE], { encoding: 'utf8' });
    expect(JSON.parse(out)).toMatchObject({ distance: 16, hints: [3, 4, 10] });
  });
});
