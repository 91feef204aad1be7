/**
 * The tripebble command as a Unix tool, run for real in a shell: a reader that goes away ends
 * it quietly, a full disk gets one clear line and status 1.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const LINE = JSON.stringify({ plates: 'WCBRBOGYGPCORPY', pebbles: '-PCBRYOGYGBCORP' });

/** Runs a bash pipeline; prints each stage's status after a line `statuses:`. */
function shell(script: string): { stdout: string; stderr: string; statuses: number[] } {
  const result = spawnSync('bash', ['-c', `${script}; echo "statuses:\${PIPESTATUS[*]}"`], { encoding: 'utf8', timeout: 30_000 });
  const [stdout, statuses] = result.stdout.split('statuses:');
  return { stdout: stdout!, stderr: result.stderr, statuses: statuses!.trim().split(' ').map(Number) };
}

describe('tripebble in a pipeline', () => {
  it('ends quietly with status 0 when its reader stops reading: solve --jsonl | head -1', () => {
    const { stdout, stderr, statuses } = shell(`yes '${LINE}' | head -2000 | node bin/tripebble.mjs solve --jsonl | head -1`);
    expect(JSON.parse(stdout)).toMatchObject({ distance: 16 });
    expect(stderr).toBe('');
    expect(statuses[2]).toBe(0);
  });

  it('ends quietly with status 0 when its reader stops reading: generate | head -1', () => {
    const { stdout, stderr, statuses } = shell('node bin/tripebble.mjs generate --distance 10 --count 200 | head -1');
    expect(stdout).toMatch(/^[A-Z]{15} [A-Z-]{15}\n$/);
    expect(stderr).toBe('');
    expect(statuses[0]).toBe(0);
  });

  it('says in one line that a full disk cannot take its output, with status 1', () => {
    const { stderr, statuses } = shell(`node bin/tripebble.mjs solve --json WCBRBOGYGPCORPY -PCBRYOGYGBCORP > /dev/full`);
    expect(stderr).toBe('tripebble: cannot write the output: no space left on the device\n');
    expect(statuses[0]).toBe(1);
  });
});
