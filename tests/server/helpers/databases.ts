/**
 * Fresh, empty databases for one test file: a SQLite file in a temporary folder, or a schema of
 * its own in the run's PostgreSQL (reached by a URL whose search_path names it), dropped after.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import type { DatabaseConfig } from '../../../src/server/db/connect';

export type DbKind = 'sqlite' | 'postgres';
export const DB_KINDS: readonly DbKind[] = ['sqlite', 'postgres'];

export interface TestDatabase {
  readonly config: DatabaseConfig;
  /** The environment a child `tripebble serve` needs for this database (DATABASE_URL set or removed). */
  readonly env: NodeJS.ProcessEnv;
  /** The SQLite file (for --db), when SQLite. */
  readonly file: string;
  drop(): Promise<void>;
}

export async function testDatabase(kind: DbKind): Promise<TestDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'tripebble-db-'));
  const file = join(dir, 'tripebble.db');
  const { DATABASE_URL: _ignored, ...withoutUrl } = process.env;
  if (kind === 'sqlite') {
    return { config: { kind, file }, env: withoutUrl, file, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const base = inject('databaseUrl');
  const schema = `t_${Math.random().toString(36).slice(2, 12)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    config: { kind, url: url.href },
    env: { ...withoutUrl, DATABASE_URL: url.href },
    file,
    async drop() {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      await client.query(`drop schema ${schema} cascade`);
      await client.end();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
