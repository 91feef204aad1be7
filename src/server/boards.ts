/**
 * Which board a request means, exactly as the game makes it: a built-in level (src/levels), the
 * daily board of a day (the solver's generator with the game's seed and distance) or any valid
 * board code (pars.ts finds its par). Refuses future dailies and boards that are already solved.
 * Engine, solver and levels only.
 */
import type { Board } from '../engine';
import { describeBoardError, isSolved, parseBoard } from '../engine';
import { LEVELS, dailyDistance, dailySeed } from '../levels';
import type { GameSource } from '../online/protocol';
import { generate } from '../solver';

export type Resolved =
  { readonly ok: true; readonly board: Board } | { readonly ok: false; readonly status: 404 | 422; readonly error: string };

const HOUR = 3_600_000;
/** The time zone furthest ahead (UTC+14): its date is the newest daily any player can have. */
const FURTHEST_AHEAD = 14 * HOUR;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The newest day that is already today somewhere on Earth, as 'YYYY-MM-DD'. */
export function latestDay(now: number): string {
  const d = new Date(now + FURTHEST_AHEAD);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * The date the game makes a day's daily board from: local calendar fields, as the game reads
 * them (dailySeed, dailyDistance). Null when the text is no real day (2026-02-30).
 */
function dateOfDay(day: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const date = m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
  return date && dailySeed(date) === day ? date : null;
}

// Generated dailies, newest kept: a cache of pure results, so processes need not share it.
const dailies = new Map<string, Board>();
const DAILIES_KEPT = 64;

function dailyBoard(date: Date): Board {
  const day = dailySeed(date);
  let board = dailies.get(day);
  if (!board) {
    const { plates, pebbles } = generate({ distance: dailyDistance(date), seed: day });
    board = { plates, pebbles };
    if (dailies.size >= DAILIES_KEPT) dailies.delete(dailies.keys().next().value!);
    dailies.set(day, board);
  }
  return board;
}

/**
 * The board of a game source. `missing` is the status for a level or day that does not exist:
 * 422 when a request body names it, 404 when a URL does.
 */
export function resolveBoard(source: GameSource, now: number, missing: 404 | 422): Resolved {
  if ('level' in source) {
    const level = LEVELS.find((l) => l.id === source.level);
    if (!level) return { ok: false, status: missing, error: `there is no level ${source.level}: the levels are 1 to ${LEVELS.length}` };
    return { ok: true, board: { plates: level.plates, pebbles: level.pebbles } };
  }
  if ('daily' in source) {
    const date = dateOfDay(source.daily);
    if (!date) return { ok: false, status: 422, error: `daily ${source.daily} is not a real day` };
    if (source.daily > latestDay(now)) return { ok: false, status: missing, error: `the daily board of ${source.daily} is not out yet` };
    return { ok: true, board: dailyBoard(date) };
  }
  const parsed = parseBoard(source.board.plates, source.board.pebbles);
  if (!parsed.ok) return { ok: false, status: 422, error: `invalid board: ${describeBoardError(parsed.error)}` };
  if (isSolved(parsed.value)) return { ok: false, status: 422, error: 'the board is already solved: there is nothing to play' };
  return { ok: true, board: parsed.value };
}
