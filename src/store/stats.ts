/**
 * Saved progress and settings in localStorage under one versioned key: solved boards with best
 * moves, stars and the help they had (hints, or the solution shown), the daily streak and hints
 * used. Anything unreadable, corrupted or from another version is detected and reset, and the
 * reason reported as a code; storage errors never escape. No UI imports.
 */
import type { Board } from '../engine';
import type { GameResult, Palette, Settings, Theme } from './types';

export const STORAGE_KEY = 'tripebble:v1';
export const STATS_VERSION = 1;

/** The part of the Web Storage API the game uses (localStorage fits). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The id a board is saved (and its solver answers cached) under: `plates/pebbles`. */
export function boardId(board: Board): string {
  return `${board.plates}/${board.pebbles}`;
}

/** Why saved stats had to be reset. */
export type StatsProblem = 'damaged' | 'other-version';

/** The help a board's best game had: none (absent), hints, or the solution shown. */
export type Help = 'hints' | 'solution';

export interface SolvedEntry {
  /** Fewest moves in a game of the player's own; null while the board was only solved for them. */
  readonly best: number | null;
  readonly par: number;
  /** 0 while the board was only solved with the solution shown. */
  readonly stars: 0 | 1 | 2 | 3;
  readonly help?: Help;
}

export interface DailyEntry {
  readonly moves: number;
  readonly par: number;
  readonly hints: number;
  /** Solved with the solution shown: kept so the day cannot be "solved" again, but no streak. */
  readonly shown?: boolean;
}

export interface Stats {
  readonly version: typeof STATS_VERSION;
  readonly settings: Settings;
  /** Best result per board, keyed by `plates/pebbles` of the start board. */
  readonly solved: Readonly<Record<string, SolvedEntry>>;
  readonly daily: {
    readonly last: string | null;
    readonly streak: number;
    readonly best: number;
    readonly results: Readonly<Record<string, DailyEntry>>;
  };
  readonly hintsUsed: number;
  readonly wins: number;
}

export const DEFAULT_SETTINGS: Settings = { palette: 'default', showAll: false, coach: false, theme: 'system', guideSeen: false };

export function emptyStats(settings: Settings = DEFAULT_SETTINGS): Stats {
  return { version: STATS_VERSION, settings, solved: {}, daily: { last: null, streak: 0, best: 0, results: {} }, hintsUsed: 0, wins: 0 };
}

const PALETTES: readonly Palette[] = ['default', 'colour-blind', 'high-contrast'];
const THEMES: readonly Theme[] = ['system', 'light', 'dark'];
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 1e7;

function validSettings(v: unknown): v is Settings {
  return isRecord(v) && PALETTES.includes(v.palette as Palette) && typeof v.showAll === 'boolean' && typeof v.coach === 'boolean';
}

/**
 * The theme and whether the guide was seen came later: settings saved before lack them, and a
 * value that cannot be read loses only itself (the system's theme; and a player with saved data
 * has played already, so no first-run guide).
 */
function completeSettings(settings: Settings): Settings {
  const theme = THEMES.includes(settings.theme) ? settings.theme : 'system';
  return { ...settings, theme, guideSeen: typeof settings.guideSeen === 'boolean' ? settings.guideSeen : true };
}

const isStars = (v: unknown): boolean => v === 0 || v === 1 || v === 2 || v === 3;
const HELP: readonly unknown[] = [undefined, 'hints', 'solution'];
const isDay = (v: unknown): boolean => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v));

function validEntries(v: unknown, fields: readonly string[]): boolean {
  return isRecord(v) && Object.values(v).every((e) => isRecord(e) && fields.every((f) => isCount(e[f])));
}

/** Solved entries need 0 to 3 stars (the levels view draws that many), and no best exactly when 0. */
function validSolved(v: unknown): boolean {
  return (
    validEntries(v, ['par']) &&
    Object.values(v as Record<string, Record<string, unknown>>).every(
      (e) => isStars(e.stars) && HELP.includes(e.help) && (e.stars === 0 ? e.best === null : isCount(e.best)),
    )
  );
}

/** A board the player solved themselves, not only watched the solution of. */
export const ownSolve = (entry: SolvedEntry | undefined): entry is SolvedEntry => entry !== undefined && entry.best !== null;

function validStats(v: Record<string, unknown>): v is Record<string, unknown> & Stats {
  const daily = v.daily;
  return (
    validSettings(v.settings) &&
    validSolved(v.solved) &&
    isRecord(daily) &&
    (daily.last === null || isDay(daily.last)) &&
    isCount(daily.streak) &&
    isCount(daily.best) &&
    validEntries(daily.results, ['moves', 'par', 'hints']) &&
    isCount(v.hintsUsed) &&
    isCount(v.wins)
  );
}

/** Saved text as stats, or why it cannot be used. */
function parseStats(text: string): Stats | StatsProblem {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return 'damaged';
  }
  if (isRecord(data) && data.version === STATS_VERSION && validStats(data)) return { ...data, settings: completeSettings(data.settings) };
  return isRecord(data) && typeof data.version === 'number' && data.version !== STATS_VERSION ? 'other-version' : 'damaged';
}

function readText(storage: StorageLike | null): string | null | undefined {
  try {
    return storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return undefined;
  }
}

/** Reads saved stats; `problem` says what was wrong when they had to be reset. */
export function loadStats(storage: StorageLike | null): { stats: Stats; problem: StatsProblem | null } {
  const text = readText(storage);
  if (text === null || text === undefined) return { stats: emptyStats(), problem: null };
  const parsed = parseStats(text);
  if (typeof parsed !== 'string') return { stats: parsed, problem: null };
  saveStats(storage, emptyStats());
  return { stats: emptyStats(), problem: parsed };
}

/**
 * The stats as saved right now, or `fallback` when there are none or they cannot be read. Other
 * boards on the page (or other tabs) may have saved since this one loaded: building on what is
 * saved keeps their wins and settings instead of writing over them.
 */
export function latestStats(storage: StorageLike | null, fallback: Stats): Stats {
  const text = readText(storage);
  if (text === null || text === undefined) return fallback;
  const parsed = parseStats(text);
  return typeof parsed === 'string' ? fallback : parsed;
}

/** Writes stats; a full or blocked storage is ignored (progress is then kept for this visit only). */
export function saveStats(storage: StorageLike | null, stats: Stats): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(stats));
  } catch {
    /* storage full or blocked: keep playing without saving */
  }
}

/** The day before a YYYY-MM-DD date, in the same form. */
export function previousDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

const helpRank = (help: Help | undefined): number => HELP.indexOf(help);

/**
 * One win merged into a board's entry: the best of the player's own moves, the most stars, and
 * the help of the game that earned them (the least help among games with as many stars), so a
 * level never shows stars earned with hints as if they were earned without.
 */
function solvedEntry(before: SolvedEntry | undefined, result: GameResult): SolvedEntry {
  const mine: Help | undefined = result.solutionShown ? 'solution' : result.hintsUsed > 0 ? 'hints' : undefined;
  const bests = [result.solutionShown ? null : result.moves, before?.best ?? null].filter((b) => b !== null);
  const keep = before && (before.stars > result.stars || (before.stars === result.stars && helpRank(before.help) < helpRank(mine)));
  const help = keep ? before.help : mine;
  return {
    best: bests.length > 0 ? Math.min(...bests) : null,
    par: result.par,
    stars: Math.max(result.stars, before?.stars ?? 0) as SolvedEntry['stars'],
    ...(help ? { help } : {}),
  };
}

/**
 * Stats after a win on the board with id `board`: its entry, hints used, and for today's daily
 * board its result and the streak. A win with the solution shown is recorded as such, but is no
 * win of the player's: it adds no win and no streak day (and takes the day, so it cannot be
 * replayed for the streak).
 */
export function recordWin(stats: Stats, board: string, result: GameResult, daily: string | null): Stats {
  let next: Stats = {
    ...stats,
    solved: { ...stats.solved, [board]: solvedEntry(stats.solved[board], result) },
    hintsUsed: stats.hintsUsed + result.hintsUsed,
    wins: stats.wins + (result.solutionShown ? 0 : 1),
  };
  if (daily !== null && !(daily in stats.daily.results) && result.solutionShown) {
    const entry: DailyEntry = { moves: result.moves, par: result.par, hints: result.hintsUsed, shown: true };
    next = { ...next, daily: { ...stats.daily, results: { ...stats.daily.results, [daily]: entry } } };
  } else if (daily !== null && !(daily in stats.daily.results)) {
    const streak = stats.daily.last === previousDay(daily) ? stats.daily.streak + 1 : 1;
    next = {
      ...next,
      daily: {
        last: daily,
        streak,
        best: Math.max(stats.daily.best, streak),
        results: { ...stats.daily.results, [daily]: { moves: result.moves, par: result.par, hints: result.hintsUsed } },
      },
    };
  }
  return next;
}

/** The daily streak as of `today`: zero when the last daily win is older than yesterday. */
export function currentStreak(stats: Stats, today: string): number {
  const last = stats.daily.last;
  return last === today || (last !== null && last === previousDay(today)) ? stats.daily.streak : 0;
}
