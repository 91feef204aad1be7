/**
 * Opens the leaderboard database, SQLite (a file, better-sqlite3) or PostgreSQL (a pool, pg),
 * as one Kysely instance that the same queries run on, and brings its schema up to date.
 * Durability: SQLite runs in WAL mode with synchronous=FULL, so a commit is on disk before the
 * server answers; PostgreSQL commits are durable by default.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { migrations } from './migrations';
import type { Database, StoreKind } from './schema';

export type DatabaseConfig = { readonly kind: 'sqlite'; readonly file: string } | { readonly kind: 'postgres'; readonly url: string };

export interface OpenDatabase {
  readonly kind: StoreKind;
  readonly db: Kysely<Database>;
  /** Where the data is, for the start-up line: a file path, or the URL without its password. */
  readonly where: string;
  close(): Promise<void>;
}

/** How long one statement or one wait for a lock may take before the request fails. */
const STATEMENT_TIMEOUT_MS = 5_000;

/** The URL as it can be printed: no password. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(unreadable URL)';
  }
}

// COUNT(*) and bigint columns arrive from PostgreSQL as strings; every one we read is a count
// or an epoch millisecond, well inside Number's exact range.
const INT8 = 20;
const pgTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8 && format !== 'binary'
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

function openSqlite(file: string): OpenDatabase {
  const path = resolve(file);
  if (!existsSync(dirname(path))) throw new Error(`cannot create the database ${path}: the folder ${dirname(path)} does not exist`);
  const sqlite = new BetterSqlite3(path, { timeout: STATEMENT_TIMEOUT_MS });
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { kind: 'sqlite', db, where: path, close: () => db.destroy() };
}

function openPostgres(url: string, onPoolError: (error: Error) => void): OpenDatabase {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: STATEMENT_TIMEOUT_MS,
    statement_timeout: STATEMENT_TIMEOUT_MS,
    lock_timeout: STATEMENT_TIMEOUT_MS,
    idle_in_transaction_session_timeout: 2 * STATEMENT_TIMEOUT_MS,
    types: pgTypes,
  });
  // An idle connection that breaks (a database restart) must not take the process down; the
  // pool replaces it on the next query.
  pool.on('error', onPoolError);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { kind: 'postgres', db, where: redactUrl(url), close: () => db.destroy() };
}

/** What went wrong, in words: some connection errors (an AggregateError of refused addresses) have no message. */
function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.message) return error.message;
  const inner = error instanceof AggregateError ? (error.errors as unknown[])[0] : undefined;
  const code = (error as { code?: unknown }).code;
  return inner !== undefined ? reasonOf(inner) : typeof code === 'string' ? code : error.name;
}

/** Opens the database and runs every migration it has not run yet. */
export async function openDatabase(config: DatabaseConfig, onPoolError: (error: Error) => void = () => {}): Promise<OpenDatabase> {
  const open = config.kind === 'sqlite' ? openSqlite(config.file) : openPostgres(config.url, onPoolError);
  try {
    const { error } = await new Migrator({ db: open.db, provider: migrations }).migrateToLatest();
    if (error) throw error instanceof Error ? error : new Error(String(error));
  } catch (error) {
    await open.close().catch(() => {});
    throw new Error(`cannot prepare the ${open.kind} database at ${open.where}: ${reasonOf(error)}`, { cause: error });
  }
  return open;
}
