/**
 * The leaderboard API's wire format: every request body, query string and response as a schema
 * (zod/mini, so the browser pays little for it) and its TypeScript type. Each schema is built at
 * its first check (z.lazy): building them all is a long task on a phone, which the leaderboards'
 * loading after the board would otherwise be. Shared by the server, which validates what
 * arrives, and the browser client, which validates what comes back.
 * Plain data only: no engine, solver, DOM or server imports. The messages here are developer-facing;
 * the game's UI words what a player sees itself.
 */
import * as z from 'zod/mini';

/** Longest shown name, in characters (code points). */
export const NAME_MAX = 24;
/** Longest move list a finish may carry (a 64 KB body holds about 21,000). */
export const MOVES_MAX = 2_000;
/** Leaderboard length when `limit` is left out, and its largest value. */
export const LIMIT_DEFAULT = 20;
export const LIMIT_MAX = 100;
/** The header that carries the player's secret on a leaderboard request (same origin only). */
export const PLAYER_HEADER = 'x-tripebble-player';

const NAME_CHARS = /^[\p{L}\p{N} _-]+$/u;
const SECRET = /^[A-Za-z0-9_-]{16,128}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The name as the server stores it: Unicode-normalised (NFC) and trimmed. */
export function normalizeName(name: string): string {
  return name.normalize('NFC').trim();
}

/** True when `name` (after {@link normalizeName}) is 1–24 letters, digits, spaces, `_` or `-`. */
export function isValidName(name: string): boolean {
  const n = normalizeName(name);
  return n.length > 0 && [...n].length <= NAME_MAX && NAME_CHARS.test(n);
}

/** True when `secret` has the shape of a player secret (16–128 characters of base64url). */
export function isPlayerSecret(secret: string): boolean {
  return SECRET.test(secret);
}

const text = (what: string) => z.string({ error: `${what} must be a string` });

const nameSchema = () =>
  z
    .pipe(
      text('name'),
      z.transform((s: string) => normalizeName(s)),
    )
    .check(
      z.refine((s: string) => isValidName(s), {
        error: `name must be 1–${NAME_MAX} letters, digits, spaces, _ or - (after trimming)`,
      }),
    );

const secretSchema = () =>
  text('player').check(z.regex(SECRET, 'player must be the secret the browser made: 16–128 letters, digits, _ or -'));

const daySchema = () => text('daily').check(z.regex(DAY, 'daily must be a date like 2026-11-22'));

/** A board code field: its exact checks are the engine's (the server runs parseBoard on it). */
const codeSchema = (field: string) => text(field).check(z.maxLength(64, `${field} must be a board code of 15 characters`));

const boardSchema = () =>
  z.strictObject(
    { plates: codeSchema('plates'), pebbles: codeSchema('pebbles') },
    { error: 'board must be an object {"plates", "pebbles"} and nothing else' },
  );

const levelSchema = () => z.int({ error: 'level must be a whole number' }).check(z.gte(1, 'level must be 1 or more'));

/** Which board a game is on: any board, the daily board of a day, or a built-in level. */
export type GameSource =
  { readonly board: { readonly plates: string; readonly pebbles: string } } | { readonly daily: string } | { readonly level: number };

function oneSource(value: { board?: unknown; daily?: unknown; level?: unknown }): boolean {
  return [value.board, value.daily, value.level].filter((v) => v !== undefined).length === 1;
}

/** `POST /api/games` body. */
export const startGameRequest = z.lazy(() =>
  z
    .strictObject(
      { board: z.optional(boardSchema()), daily: z.optional(daySchema()), level: z.optional(levelSchema()) },
      { error: 'the body must be an object with one of "board", "daily" or "level"' },
    )
    .check(z.refine(oneSource, { error: 'give exactly one of "board", "daily" or "level"' })),
);

const positionSchema = () =>
  z
    .int({ error: 'moves must be positions 0–14 (whole numbers)' })
    .check(z.gte(0, 'moves must be positions 0–14'), z.lte(14, 'moves must be positions 0–14'));

/** `POST /api/games/<id>/finish` body. */
export const finishRequest = z.lazy(() =>
  z.strictObject(
    {
      moves: z
        .array(positionSchema(), { error: 'moves must be a list of positions' })
        .check(z.maxLength(MOVES_MAX, `moves may hold at most ${MOVES_MAX} moves`)),
      player: secretSchema(),
      name: nameSchema(),
    },
    { error: 'the body must be an object {"moves", "player", "name"}' },
  ),
);
export type FinishRequest = z.input<typeof finishRequest>;

/** `DELETE /api/players/me` body. */
export const deletePlayerRequest = z.lazy(() =>
  z.strictObject({ player: secretSchema() }, { error: 'the body must be an object {"player"}' }),
);

const wholeText = (what: string, min: number, max: number) =>
  z
    .pipe(
      text(what).check(z.regex(/^\d{1,6}$/, `${what} must be a whole number`)),
      z.transform((s: string) => Number(s)),
    )
    .check(z.refine((n: number) => n >= min && n <= max, { error: `${what} must be from ${min} to ${max}` }));

/** `GET /api/leaderboard` query: `daily=…`, `level=N` or `plates=…&pebbles=…`; optional `limit`. */
export const leaderboardQuery = z.lazy(() =>
  z
    .strictObject(
      {
        daily: z.optional(daySchema()),
        level: z.optional(wholeText('level', 1, 1_000_000)),
        plates: z.optional(codeSchema('plates')),
        pebbles: z.optional(codeSchema('pebbles')),
        limit: z.optional(wholeText('limit', 1, LIMIT_MAX)),
      },
      { error: 'unexpected query' },
    )
    .check(
      z.refine((q) => (q.plates === undefined) === (q.pebbles === undefined), { error: 'plates and pebbles go together' }),
      z.refine((q) => [q.daily, q.level, q.plates].filter((v) => v !== undefined).length === 1, {
        error: 'ask for exactly one board: daily=YYYY-MM-DD, level=N, or plates=…&pebbles=…',
      }),
    ),
);

/** Which leaderboard to ask for: the same choices as a game's source. */
export type LeaderboardSource = GameSource;

// Responses. The client checks them, so a stranger answering on /api cannot crash the game.

const count = () => z.int().check(z.gte(0));
const rank = () => z.int().check(z.gte(1));

export const healthResponse = z.lazy(() => z.object({ ok: z.literal(true), store: z.enum(['sqlite', 'postgres']) }));
export type Health = z.infer<typeof healthResponse>;

export const gameStarted = z.lazy(() => z.object({ game: z.string(), plates: z.string(), pebbles: z.string(), par: count() }));
export type GameStarted = z.infer<typeof gameStarted>;

export const gameFinished = z.lazy(() => z.object({ moves: count(), par: count(), ms: count(), rank: rank(), total: count() }));
export type GameFinished = z.infer<typeof gameFinished>;

const entry = () => z.object({ rank: rank(), name: z.string(), moves: count(), ms: count() });
export const leaderboardEntry = z.lazy(entry);
export type LeaderboardEntry = z.infer<typeof leaderboardEntry>;

/** `you` is the asking player's own entry (sent with {@link PLAYER_HEADER}), wherever it ranks; null when they have none. */
export const leaderboardResponse = z.lazy(() =>
  z.object({
    par: count(),
    total: count(),
    entries: z.array(entry()),
    you: z.optional(z.nullable(entry())),
  }),
);
export type Leaderboard = z.infer<typeof leaderboardResponse>;

export const playerDeleted = z.lazy(() => z.object({ removed: count() }));
export type PlayerDeleted = z.infer<typeof playerDeleted>;

export const errorResponse = z.lazy(() => z.object({ error: z.string() }));
export type ErrorBody = z.infer<typeof errorResponse>;

/** One line that says what is wrong with a value a schema refused: the first problem and where. */
function describeIssues(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid value';
  const path = issue.path.join('.');
  if (issue.code === 'unrecognized_keys') {
    return `unexpected field${issue.keys.length === 1 ? '' : 's'}${path ? ` in ${path}` : ''}: ${issue.keys.join(', ')}`;
  }
  if (issue.code === 'invalid_type' && issue.input === undefined && path) return `${path} is missing`;
  return issue.path.some((p) => typeof p === 'number') ? `${issue.message} (at ${path})` : issue.message;
}

/** The result of checking a value against a schema: the parsed value, or what is wrong with it. */
export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

/** Checks `value` against `schema` without throwing. */
export function checkValue<S extends z.ZodMiniType>(schema: S, value: unknown): Checked<z.output<S>> {
  const result = schema.safeParse(value, { reportInput: true });
  return result.success ? { ok: true, value: result.data } : { ok: false, error: describeIssues(result.error) };
}
