// Types of summary.mjs, for its tests.
export interface VitestReport {
  readonly numPassedTests: number;
  readonly numFailedTests: number;
  readonly success: boolean;
}

export const REPORTS: readonly string[];
export function summarise(reports: readonly (readonly [string, VitestReport | null])[]): {
  passed: number;
  failed: number;
  problems: string[];
  ok: boolean;
};
export function readReports(dir: string): [string, VitestReport | null][];
