/**
 * The arguments of `tripebble serve`: node:util parseArgs, with every mistake returned as data
 * (a message for a usage error), never thrown. Parsing only.
 */
import { parseArgs } from 'node:util';

export interface ServeOptions {
  readonly port: number;
  readonly host: string;
  /** The SQLite file; ignored when DATABASE_URL names a PostgreSQL database. */
  readonly db: string;
  /** Starts and finishes per address and minute, each; 0 turns the limits off. */
  readonly rateLimit: number;
  /** Fastify's trustProxy: true (believe any proxy) or the proxies' addresses/CIDR ranges. */
  readonly trustProxy: boolean | string;
}

export type ServeCommand = { readonly kind: 'help' } | { readonly kind: 'serve'; readonly options: ServeOptions };
export type ParsedServe = { readonly ok: true; readonly command: ServeCommand } | { readonly ok: false; readonly error: string };

export const SERVE_DEFAULTS: ServeOptions = { port: 8080, host: '127.0.0.1', db: 'tripebble.db', rateLimit: 60, trustProxy: false };

export const SERVE_USAGE = `Usage:
  tripebble serve [--port N] [--host H] [--db FILE] [--rate-limit N] [--trust-proxy T]

Serves the built game (dist/, made by \`npm run build\`) and the leaderboard API from one process.
  --port N          port to listen on (default ${SERVE_DEFAULTS.port}; 0 picks a free one)
  --host H          address to listen on (default ${SERVE_DEFAULTS.host}; 0.0.0.0 for every interface)
  --db FILE         SQLite database file, created on first start (default ${SERVE_DEFAULTS.db})
  --rate-limit N    games started and finished per client address and minute, each (default
                    ${SERVE_DEFAULTS.rateLimit}); 0 turns the limits off
  --trust-proxy T   behind a reverse proxy: take client addresses from X-Forwarded-For as set by
                    the proxies at T, comma-separated addresses or ranges (e.g. 127.0.0.1 or
                    10.0.0.0/8), or true to believe any sender (only when nothing else can reach
                    the port)

With DATABASE_URL=postgres://user:password@host/db set, results go to PostgreSQL instead (--db
is then ignored). See docs/SERVER.md.
`;

function whole(name: string, text: string, max: number): number | string {
  if (!/^\d+$/.test(text)) return `--${name} must be a whole number, got '${text}'`;
  const n = Number(text);
  return n > max ? `--${name} must be at most ${max}, got ${n}` : n;
}

function trustProxyOf(text: string): boolean | string {
  return text === 'true' ? true : text === 'false' ? false : text;
}

/** Reads the arguments after `serve`. */
export function parseServeArgs(argv: readonly string[]): ParsedServe {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        db: { type: 'string' },
        'rate-limit': { type: 'string' },
        'trust-proxy': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  if (values['help']) return { ok: true, command: { kind: 'help' } };
  const text = (name: string): string | undefined => values[name] as string | undefined;
  const port = whole('port', text('port') ?? String(SERVE_DEFAULTS.port), 65535);
  if (typeof port === 'string') return { ok: false, error: port };
  const rateLimit = whole('rate-limit', text('rate-limit') ?? String(SERVE_DEFAULTS.rateLimit), 1_000_000);
  if (typeof rateLimit === 'string') return { ok: false, error: rateLimit };
  const host = text('host') ?? SERVE_DEFAULTS.host;
  if (host.trim() === '') return { ok: false, error: '--host must not be empty' };
  const db = text('db') ?? SERVE_DEFAULTS.db;
  if (db.trim() === '') return { ok: false, error: '--db must name a file' };
  const trustProxy = trustProxyOf(text('trust-proxy') ?? 'false');
  return { ok: true, command: { kind: 'serve', options: { port, host, db, rateLimit, trustProxy } } };
}
