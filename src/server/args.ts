/**
 * The arguments of `tripebble serve`: node:util parseArgs, with every mistake returned as an
 * error code and its facts (the engine's Result), never thrown, and worded here for the serve
 * command's own usage message. Parsing only.
 */
import { isIP } from 'node:net';
import { parseArgs } from 'node:util';
import type { Result } from '../engine';
import { err, ok } from '../engine';

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

/** What is wrong with the arguments of `tripebble serve`. */
export type ServeArgsError =
  | { readonly code: 'unknown-option'; readonly option: string }
  | { readonly code: 'missing-value'; readonly option: string }
  | { readonly code: 'unexpected-value'; readonly option: string }
  | { readonly code: 'unexpected-argument'; readonly word: string }
  | { readonly code: 'not-whole'; readonly option: string; readonly text: string }
  | { readonly code: 'too-large'; readonly option: string; readonly max: number; readonly value: number }
  | { readonly code: 'empty'; readonly option: '--host' | '--db' }
  | { readonly code: 'proxy-address'; readonly text: string };

export const SERVE_DEFAULTS: ServeOptions = { port: 8080, host: '127.0.0.1', db: 'tripebble.db', rateLimit: 60, trustProxy: false };

export const SERVE_USAGE = `Usage:
  tripebble serve [--port N] [--host H] [--db FILE] [--rate-limit N] [--trust-proxy T]

Serves the built game (dist/, made by \`npm run build\`) and the leaderboard API from one process.
  --port N          port to listen on (default ${SERVE_DEFAULTS.port}; 0 picks a free one)
  --host H          address to listen on (default ${SERVE_DEFAULTS.host}; 0.0.0.0 for every interface)
  --db FILE         SQLite database file, created on first start (default ${SERVE_DEFAULTS.db})
  --rate-limit N    games started, games finished and leaderboard reads of boards whose par
                    is not known yet, per client address and minute, each (default
                    ${SERVE_DEFAULTS.rateLimit}); 0 turns the limits off
  --trust-proxy T   behind a reverse proxy: take client addresses from X-Forwarded-For as set by
                    the proxies at T, comma-separated addresses or ranges (e.g. 127.0.0.1 or
                    10.0.0.0/8), or true to believe any sender (only when nothing else can reach
                    the port)

With DATABASE_URL=postgres://user:password@host/db set, results go to PostgreSQL instead (--db
is then ignored). See docs/SERVER.md.
`;

const OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  db: { type: 'string' },
  'rate-limit': { type: 'string' },
  'trust-proxy': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Name = keyof typeof OPTIONS;
type Values = { [K in Name]?: (typeof OPTIONS)[K]['type'] extends 'boolean' ? true : string };

const isName = (name: string): name is Name => Object.hasOwn(OPTIONS, name);

/** Reads the options; a value is the word after its option even when it begins with '-' (`--port -1`). */
function read(argv: readonly string[]): Result<Values, ServeArgsError> {
  const { tokens } = parseArgs({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const values: Record<string, string | true> = {};
  for (const token of tokens) {
    if (token.kind === 'positional') return err({ code: 'unexpected-argument', word: token.value });
    if (token.kind !== 'option') continue;
    if (!isName(token.name)) return err({ code: 'unknown-option', option: token.rawName });
    if (OPTIONS[token.name].type === 'boolean') {
      if (token.value !== undefined) return err({ code: 'unexpected-value', option: token.rawName });
      values[token.name] = true;
      continue;
    }
    // `--db --port 1` leaves --db without a value rather than naming a file "--port".
    if (token.value === undefined || (!token.inlineValue && /^--[a-z]/.test(token.value)))
      return err({ code: 'missing-value', option: token.rawName });
    values[token.name] = token.value;
  }
  return ok(values as Values);
}

function whole(option: string, text: string, max: number): Result<number, ServeArgsError> {
  if (!/^\d+$/.test(text)) return err({ code: 'not-whole', option, text });
  const value = Number(text);
  return value > max ? err({ code: 'too-large', option, max, value }) : ok(value);
}

/** The names @fastify/proxy-addr knows for the usual private ranges. */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** An address, a CIDR range (prefix length or IPv4 netmask), or a named range. */
function isProxyAddress(text: string): boolean {
  if (NAMED_RANGES.has(text)) return true;
  const [address = '', mask, ...rest] = text.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (mask === undefined) return true;
  if (/^\d+$/.test(mask)) return Number(mask) <= (family === 4 ? 32 : 128);
  return family === 4 && isIP(mask) === 4;
}

function trustProxyOf(text: string): Result<boolean | string, ServeArgsError> {
  if (text === 'true' || text === 'false') return ok(text === 'true');
  const proxies = text.split(',').map((part) => part.trim());
  const wrong = proxies.find((part) => !isProxyAddress(part));
  return wrong === undefined ? ok(proxies.join(',')) : err({ code: 'proxy-address', text: wrong });
}

/** Reads the arguments after `serve`. */
export function parseServeArgs(argv: readonly string[]): Result<ServeCommand, ServeArgsError> {
  const parsed = read(argv);
  if (!parsed.ok) return parsed;
  const values = parsed.value;
  if (values.help) return ok({ kind: 'help' });
  const port = whole('--port', values.port ?? String(SERVE_DEFAULTS.port), 65535);
  if (!port.ok) return port;
  const rateLimit = whole('--rate-limit', values['rate-limit'] ?? String(SERVE_DEFAULTS.rateLimit), 1_000_000);
  if (!rateLimit.ok) return rateLimit;
  const host = values.host ?? SERVE_DEFAULTS.host;
  if (host.trim() === '') return err({ code: 'empty', option: '--host' });
  const db = values.db ?? SERVE_DEFAULTS.db;
  if (db.trim() === '') return err({ code: 'empty', option: '--db' });
  const trustProxy = trustProxyOf(values['trust-proxy'] ?? 'false');
  if (!trustProxy.ok) return trustProxy;
  const options = { port: port.value, host, db, rateLimit: rateLimit.value, trustProxy: trustProxy.value };
  return ok({ kind: 'serve', options });
}

/** The longest piece of user input a message repeats. */
const SHOWN = 40;

/** A word as a message shows it: quoted, and cut short (with its length) when long. */
function shown(word: string): string {
  return word.length <= SHOWN ? `'${word}'` : `'${word.slice(0, SHOWN)}…' (${word.length} characters)`;
}

/** Plain English for an argument error of `tripebble serve`. */
export function describeServeArgsError(error: ServeArgsError): string {
  switch (error.code) {
    case 'unknown-option':
      return `unknown option ${shown(error.option)}`;
    case 'missing-value':
      return `option ${error.option} needs a value`;
    case 'unexpected-value':
      return `option ${error.option} takes no value`;
    case 'unexpected-argument':
      return `serve takes no positional arguments (got ${shown(error.word)})`;
    case 'not-whole':
      return `${error.option} must be a whole number, got ${shown(error.text)}`;
    case 'too-large':
      return `${error.option} must be at most ${error.max}, got ${error.value}`;
    case 'empty':
      return error.option === '--host' ? '--host must not be empty' : '--db must name a file';
    case 'proxy-address':
      return `--trust-proxy takes true, or IP addresses and CIDR ranges separated by commas (e.g. 127.0.0.1 or 10.0.0.0/8); ${shown(error.text)} is neither`;
  }
}
