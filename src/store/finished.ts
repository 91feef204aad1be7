/**
 * The finished-games log: one small record per won game, counted once per game (its id), under
 * `tripebble:finished`. It is what the stats are worked out from (store/saved/derive.ts), and
 * what later stats and review work reads for distributions. First-load code: appending touches
 * nothing but the list; checking its entries is store/saved's work. No UI imports.
 *
 * Schema (version 2): `{ "version": 2, "games": FinishedGame[] }`, oldest first. When the log
 * outgrows store/saved's cap, its oldest games are folded into the root's `base` stats.
 */
import type { Move } from '../engine';
import type { Vault } from './storage';
import { FINISHED_KEY, SAVE_VERSION, isRecord, versionOf } from './storage';

/** One won game. */
export interface FinishedGame {
  /** The game's id (GameRecord.id): a game is in the log at most once. */
  readonly id: string;
  /** The start board, `plates/pebbles` (boardId). */
  readonly board: string;
  /** The player's local calendar day when it was won, 'YYYY-MM-DD'. */
  readonly date: string;
  readonly moves: number;
  /** Fewest moves from the start board. */
  readonly par: number;
  /** Stars as the win panel showed them (starsFor; 0 with the solution shown). */
  readonly stars: 0 | 1 | 2 | 3;
  /** Hints used (each step of a hint, and moves made with every optimal move on show). */
  readonly hintsUsed: number;
  /** The solution was shown: no stars, no best, no win of the player's own. */
  readonly solutionShown: boolean;
  /** Set when it was today's daily board: its day, which the streak counts. */
  readonly daily?: string;
  /** The moves of the game (source positions, in order): what review steps through. */
  readonly path?: readonly Move[];
  /** Which moves (indexes into `path`) were made with help on show: a hint, every optimal move, the solution. */
  readonly hinted?: readonly number[];
}

export interface FinishedLog {
  readonly version: typeof SAVE_VERSION;
  readonly games: readonly FinishedGame[];
}

/**
 * Adds a won game to the log; false when it could not be saved. The game's `recorded` flag
 * keeps a store from adding it twice, and store/saved reads each id once (two tabs that both
 * won one game before either heard of the other). A log that is not a version-2 list is left
 * for store/saved to read (or, if newer, alone).
 */
export function appendFinished(vault: Vault, game: FinishedGame): boolean {
  const log = vault.read(FINISHED_KEY);
  if (log === null) return vault.write(FINISHED_KEY, { version: SAVE_VERSION, games: [game] });
  if (!isRecord(log) || versionOf(log) !== SAVE_VERSION || !Array.isArray(log.games)) return false;
  return vault.write(FINISHED_KEY, { ...log, games: [...log.games, game] });
}
