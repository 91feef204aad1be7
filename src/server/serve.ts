/**
 * `tripebble serve`: opens the database (SQLite by default, PostgreSQL when DATABASE_URL says
 * so), builds the app, listens, prints where, and closes cleanly on SIGINT or SIGTERM. The CLI
 * loads this module only for `serve`, so `solve` never pays for the server.
 */
import type { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import type { ServeOptions } from './args';
import { SERVE_USAGE, describeServeArgsError, parseServeArgs } from './args';
import type { DatabaseConfig } from './db/connect';
import { openDatabase } from './db/connect';
import { DEFAULT_DIST, isBuilt } from './static';
import { createStore } from './store';

export interface RunningServer {
  readonly app: FastifyInstance;
  /** e.g. http://127.0.0.1:8080 */
  readonly origin: string;
  readonly where: string;
  close(): Promise<void>;
}

/** Where the results go: PostgreSQL when DATABASE_URL is a postgres URL, else the SQLite file. */
export function databaseConfig(options: Pick<ServeOptions, 'db'>, env: NodeJS.ProcessEnv): DatabaseConfig {
  const url = env['DATABASE_URL']?.trim();
  if (url) return { kind: 'postgres', url };
  return { kind: 'sqlite', file: options.db };
}

/** Opens the database, builds the app and listens. Throws with a readable message when it cannot. */
export async function startServer(
  options: ServeOptions,
  env: NodeJS.ProcessEnv,
  dist: string = DEFAULT_DIST,
  stderr?: Writable,
): Promise<RunningServer> {
  const config = databaseConfig(options, env);
  if (config.kind === 'postgres' && config.url.match(/^postgres(ql)?:\/\//) === null)
    throw new Error('DATABASE_URL must be a postgres:// or postgresql:// URL');
  const open = await openDatabase(config, (error) =>
    stderr?.write(`tripebble: database connection lost (${error.message}); reconnecting\n`),
  );
  const logger = stderr ? { level: 'warn', stream: stderr } : false;
  const app = await buildApp({ store: createStore(open), rateLimit: options.rateLimit, dist, trustProxy: options.trustProxy, logger });
  try {
    await app.listen({ port: options.port, host: options.host });
  } catch (error) {
    await app.close();
    await open.close();
    const reason = (error as { code?: string }).code === 'EADDRINUSE' ? 'the port is in use' : String((error as Error).message);
    throw new Error(`cannot listen on ${options.host}:${options.port}: ${reason}`, { cause: error });
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    app,
    origin: `http://${host}:${port}`,
    where: `${open.kind} ${open.where}`,
    async close() {
      await app.close();
      await open.close();
    },
  };
}

export interface ServeIo {
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly env: NodeJS.ProcessEnv;
}

/** Runs `tripebble serve ARGS` until SIGINT or SIGTERM; the exit status (0, 1 cannot start, 2 usage). */
export async function serveCommand(argv: readonly string[], io: ServeIo): Promise<number> {
  const parsed = parseServeArgs(argv);
  if (!parsed.ok) {
    io.stderr.write(`tripebble serve: ${describeServeArgsError(parsed.error)}\n\n${SERVE_USAGE}`);
    return 2;
  }
  if (parsed.value.kind === 'help') {
    io.stdout.write(SERVE_USAGE);
    return 0;
  }
  const { options } = parsed.value;
  let server: RunningServer;
  try {
    server = await startServer(options, io.env, DEFAULT_DIST, io.stderr);
  } catch (error) {
    io.stderr.write(`tripebble serve: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  if (io.env['DATABASE_URL'] && argv.some((a) => a === '--db' || a.startsWith('--db=')))
    io.stderr.write('tripebble serve: DATABASE_URL is set, so --db is ignored\n');
  if (!isBuilt(DEFAULT_DIST))
    io.stderr.write('tripebble serve: dist/ is not built, so only the API is served: run `npm run build` (or `npm start`)\n');
  io.stdout.write(`tripebble: serving the game and the leaderboard API at ${server.origin}/ (${server.where})\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.close();
  return 0;
}
