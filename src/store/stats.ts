/**
 * What the player's games add up to (the stats the app shows): solved boards with best moves,
 * stars and the help they had, the daily streak, wins and hints used. Types and the small pure
 * helpers the panels use; the stats are worked out from the saved data by store/saved/derive.ts.
 * No UI imports.
 */
import type { Move } from '../engine';
import type { FinishedGame } from './finished';

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

/** A board's latest won game, as the log keeps it: what the Levels list offers to review. */
export type LastWin = FinishedGame & { readonly path: readonly Move[] };

export interface Stats {
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
  /** Finished games, with the solution shown or not: what "hints per game" divides by. */
  readonly games: number;
  /** Wins of the player's own by moves over par (0 is a game at par): the distribution. */
  readonly overPar: Readonly<Record<number, number>>;
  /** The latest won game per board whose moves the log kept, for review. */
  readonly lastWins: Readonly<Record<string, LastWin>>;
}

export function emptyStats(): Stats {
  return { solved: {}, daily: { last: null, streak: 0, best: 0, results: {} }, hintsUsed: 0, wins: 0, games: 0, overPar: {}, lastWins: {} };
}

/** A board the player solved themselves, not only watched the solution of. */
export const ownSolve = (entry: SolvedEntry | undefined): entry is SolvedEntry => entry !== undefined && entry.best !== null;

/** The day before a YYYY-MM-DD date, in the same form. */
export function previousDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** The daily streak as of `today`: zero when the last daily win is older than yesterday. */
export function currentStreak(stats: Stats, today: string): number {
  const last = stats.daily.last;
  return last === today || (last !== null && last === previousDay(today)) ? stats.daily.streak : 0;
}

/** Hints used per finished game (0 before any game). */
export const hintsPerGame = (stats: Stats): number => (stats.games > 0 ? stats.hintsUsed / stats.games : 0);
