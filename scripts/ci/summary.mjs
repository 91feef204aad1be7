/**
 * The closing line of a CI run, "N passed, N failed", from vitest's JSON reports (written by
 * `npm test` into test-results/), never from its console. A report that is missing (the run
 * stopped before it) or that failed without a failed test (a file that did not load) is a
 * problem too, so the numbers cannot look clean when the run was not.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The reports `npm test` writes, in the order it runs them. */
export const REPORTS = ['unit-ui-server', 'e2e'];

/** Totals over the reports found, and what is wrong with the run. */
export function summarise(reports) {
  let passed = 0;
  let failed = 0;
  const problems = [];
  for (const [name, report] of reports) {
    if (report === null) {
      problems.push(`no ${name} report: the run stopped before it`);
      continue;
    }
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    if (!report.success && report.numFailedTests === 0)
      problems.push(`the ${name} run failed outside any test (a file that did not load?)`);
  }
  return { passed, failed, problems, ok: failed === 0 && problems.length === 0 };
}

export function readReports(dir) {
  return REPORTS.map((name) => {
    const file = join(dir, `${name}.json`);
    return [name, existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null];
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { passed, failed, problems, ok } = summarise(readReports(process.argv[2] ?? 'test-results'));
  for (const problem of problems) console.log(`ci: ${problem}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = ok ? 0 : 1;
}
