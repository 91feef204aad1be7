/**
 * Global setup of the server tests: the PostgreSQL they run against. DATABASE_URL when set (CI
 * starts a cluster and sets it); otherwise a throwaway cluster from the installed binaries,
 * stopped after the run. Without PostgreSQL the run fails and says how to install it: the
 * PostgreSQL half of the tests is never skipped.
 */
import type { TestProject } from 'vitest/node';
import { startCluster } from '../support/postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL database where each test file makes its own schema. */
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env['DATABASE_URL']?.trim();
  const cluster = given ? null : await startCluster({ fast: true });
  project.provide('databaseUrl', given || cluster!.url);
  return async () => {
    await cluster?.stop();
  };
}
