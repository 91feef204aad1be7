/** The CI's closing line: totals from vitest's JSON reports, and a missing or broken report never looks clean. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReports, summarise } from '../../scripts/ci/summary.mjs';

const report = (passed: number, failed: number, success = failed === 0) => ({ numPassedTests: passed, numFailedTests: failed, success });

describe('the CI summary', () => {
  it('adds up the reports', () => {
    expect(
      summarise([
        ['unit-ui-server', report(690, 0)],
        ['e2e', report(21, 0)],
      ]),
    ).toEqual({ passed: 711, failed: 0, problems: [], ok: true });
  });

  it('shows a failure in the numbers and fails', () => {
    expect(
      summarise([
        ['unit-ui-server', report(689, 1)],
        ['e2e', report(21, 0)],
      ]),
    ).toMatchObject({ passed: 710, failed: 1, ok: false });
  });

  it('fails when a report is missing or a run failed outside any test', () => {
    expect(
      summarise([
        ['unit-ui-server', report(690, 0)],
        ['e2e', null],
      ]),
    ).toMatchObject({ ok: false, problems: [expect.stringMatching(/no e2e report/)] });
    expect(
      summarise([
        ['unit-ui-server', report(690, 0, false)],
        ['e2e', report(21, 0)],
      ]),
    ).toMatchObject({ ok: false, failed: 0 });
  });

  it('reads the reports npm test writes, and marks absent ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tripebble-reports-'));
    writeFileSync(join(dir, 'unit-ui-server.json'), JSON.stringify({ ...report(3, 1), testResults: [] }));
    expect(readReports(dir)).toEqual([
      ['unit-ui-server', expect.objectContaining({ numPassedTests: 3, numFailedTests: 1 })],
      ['e2e', null],
    ]);
  });
});
