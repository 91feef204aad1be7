/**
 * The browser's client for the leaderboard API: typed calls over fetch with a timeout, each
 * returning `{ ok: true, value }` or `{ ok: false, error }` and never throwing. `offline` means no
 * leaderboard server answered (no network, nothing listening, or a static host without the API).
 * Every answer is checked against the protocol's schemas. No UI, store or engine imports.
 */
import type * as z from 'zod/mini';
import type {
  FinishRequest,
  GameFinished,
  GameSource,
  GameStarted,
  Health,
  Leaderboard,
  LeaderboardSource,
  PlayerDeleted,
} from './protocol';
import {
  PLAYER_HEADER,
  checkValue,
  errorResponse,
  gameFinished,
  gameStarted,
  healthResponse,
  leaderboardResponse,
  playerDeleted,
} from './protocol';

/** Why a call did not give an answer. `message` is developer-facing; the UI words its own text. */
export type OnlineError =
  /** No leaderboard server answered: the network is down, nothing listens, or the host has no API. */
  | { readonly kind: 'offline'; readonly message: string }
  /** The server did not answer within the timeout. A finish may still have been recorded. */
  | { readonly kind: 'timeout'; readonly message: string }
  /** The caller's signal aborted the call. */
  | { readonly kind: 'aborted'; readonly message: string }
  /** Too many requests from this address; try again after `retryAfterSeconds`. */
  | { readonly kind: 'rate-limited'; readonly status: 429; readonly retryAfterSeconds: number | null; readonly message: string }
  /** The server refused the request (4xx), e.g. 404 unknown game, 409 already finished, 422 bad name or moves. */
  | { readonly kind: 'rejected'; readonly status: number; readonly message: string }
  /** The server failed (5xx). */
  | { readonly kind: 'server'; readonly status: number; readonly message: string }
  /** The server answered with something this client does not understand. */
  | { readonly kind: 'unexpected'; readonly status: number; readonly message: string };

export type OnlineResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: OnlineError };

export interface OnlineClientOptions {
  /** The address the API paths are resolved against (default: the page's address). The API is at `api/…` below it. */
  readonly base?: string;
  /** How long a call may take, in milliseconds (default 8,000). */
  readonly timeoutMs?: number;
  /** The fetch to use (default: the global one). */
  readonly fetch?: typeof fetch;
}

export interface CallOptions {
  /** Aborts the call: it then resolves with an `aborted` error. */
  readonly signal?: AbortSignal;
}

export interface LeaderboardOptions extends CallOptions {
  /** How many entries (1–100; the server's default is 20). */
  readonly limit?: number;
  /** The player's secret: the answer's `you` is then their own entry, wherever it ranks (same origin only). */
  readonly player?: string;
}

export interface OnlineClient {
  health(options?: CallOptions): Promise<OnlineResult<Health>>;
  /** Registers a game on a board, a daily (`YYYY-MM-DD`) or a level; the answer has its id and par. */
  startGame(source: GameSource, options?: CallOptions): Promise<OnlineResult<GameStarted>>;
  /** Submits the moves of game `game` for the leaderboard under `name`; the server replays and times it. */
  finishGame(game: string, finish: FinishRequest, options?: CallOptions): Promise<OnlineResult<GameFinished>>;
  leaderboard(source: LeaderboardSource, options?: LeaderboardOptions): Promise<OnlineResult<Leaderboard>>;
  /** Removes this player's entries and name from the server. */
  deletePlayer(player: string, options?: CallOptions): Promise<OnlineResult<PlayerDeleted>>;
}

export const DEFAULT_TIMEOUT_MS = 8_000;

/** A new player secret: 32 random bytes as base64url (43 characters). Keep it; it is the player's identity. */
export function newPlayerSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fail(error: OnlineError): { ok: false; error: OnlineError } {
  return { ok: false, error };
}

function sourceQuery(source: LeaderboardSource): Record<string, string> {
  if ('level' in source) return { level: String(source.level) };
  if ('daily' in source) return { daily: source.daily };
  return { plates: source.board.plates, pebbles: source.board.pebbles };
}

async function errorOf(response: Response): Promise<OnlineError> {
  const { status } = response;
  const body: unknown = await response.json().catch(() => null);
  const said = checkValue(errorResponse, body);
  const message = said.ok ? said.value.error : `HTTP ${status}`;
  if (status === 429) {
    const after = Number(response.headers.get('retry-after'));
    return { kind: 'rate-limited', status, retryAfterSeconds: Number.isFinite(after) && after >= 0 ? after : null, message };
  }
  if (status >= 500) return { kind: 'server', status, message };
  return { kind: 'rejected', status, message };
}

export function createOnlineClient(options: OnlineClientOptions = {}): OnlineClient {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const base = options.base ?? globalThis.location?.href ?? 'http://localhost/';
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));

  async function call<S extends z.ZodMiniType>(
    schema: S,
    path: string,
    init: { method: string; body?: unknown; headers?: Record<string, string> },
    signal: AbortSignal | undefined,
  ): Promise<OnlineResult<z.output<S>>> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const forward = () => controller.abort();
    if (signal?.aborted) controller.abort();
    signal?.addEventListener('abort', forward);
    try {
      const headers: Record<string, string> = { accept: 'application/json', ...init.headers };
      if (init.body !== undefined) headers['content-type'] = 'application/json';
      let response: Response;
      try {
        response = await doFetch(new URL(path, base), {
          method: init.method,
          headers,
          ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
          signal: controller.signal,
          credentials: 'same-origin',
          cache: 'no-store',
        });
      } catch (error) {
        if (timedOut) return fail({ kind: 'timeout', message: `no answer within ${timeoutMs} ms` });
        if (signal?.aborted) return fail({ kind: 'aborted', message: 'the call was cancelled' });
        return fail({
          kind: 'offline',
          message: `no leaderboard server answered: ${error instanceof Error ? error.message : String(error)}`,
        });
      }
      // A static host without the API answers with its own page (or a 404 page): that is offline, not an error of ours.
      if (!(response.headers.get('content-type') ?? '').includes('application/json'))
        return fail({
          kind: 'offline',
          message: `no leaderboard server at ${new URL('api/', base).href} (HTTP ${response.status}, not JSON)`,
        });
      if (!response.ok) return fail(await errorOf(response));
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        if (timedOut) return fail({ kind: 'timeout', message: `no full answer within ${timeoutMs} ms` });
        if (signal?.aborted) return fail({ kind: 'aborted', message: 'the call was cancelled' });
        return fail({ kind: 'unexpected', status: response.status, message: 'the answer is not valid JSON' });
      }
      const checked = checkValue(schema, body);
      if (!checked.ok)
        return fail({ kind: 'unexpected', status: response.status, message: `the answer is not what the API promises: ${checked.error}` });
      return { ok: true, value: checked.value };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', forward);
    }
  }

  return {
    health: (o) => call(healthResponse, 'api/health', { method: 'GET' }, o?.signal),
    startGame: (source, o) => call(gameStarted, 'api/games', { method: 'POST', body: source }, o?.signal),
    finishGame: (game, finish, o) =>
      call(gameFinished, `api/games/${encodeURIComponent(game)}/finish`, { method: 'POST', body: finish }, o?.signal),
    leaderboard(source, o = {}) {
      const query = new URLSearchParams(sourceQuery(source));
      if (o.limit !== undefined) query.set('limit', String(o.limit));
      const headers = o.player === undefined ? undefined : { [PLAYER_HEADER]: o.player };
      return call(leaderboardResponse, `api/leaderboard?${query.toString()}`, { method: 'GET', ...(headers ? { headers } : {}) }, o.signal);
    },
    deletePlayer: (player, o) => call(playerDeleted, 'api/players/me', { method: 'DELETE', body: { player } }, o?.signal),
  };
}
