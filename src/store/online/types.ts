/**
 * The leaderboards' state as plain data: whether a leaderboard server answers, the server's game
 * for the board being played, the submission of its result, the leaderboards looked at, and the
 * player as this browser remembers them. Never sentences: src/ui/messages words every problem.
 * Types only; loaded with the online controller, never through store/index.ts.
 */
import type { OnlineError } from '../../online/client';
import type { Leaderboard } from '../../online/protocol';

export type { GameSource, Leaderboard, LeaderboardEntry } from '../../online/protocol';
export type { OnlineError } from '../../online/client';

/**
 * Why an online step failed: the client's error, or the server's board for a level or a daily
 * differing from the one being played (a server that runs another version of the game): both
 * boards, as data.
 */
export type OnlineProblem = OnlineError | { readonly kind: 'mismatch'; readonly server: BoardCodes; readonly played: BoardCodes };

/** A board as its two codes. */
export interface BoardCodes {
  readonly plates: string;
  readonly pebbles: string;
}

/** Whether a leaderboard server answers: unknown until something was asked. */
export type Reach = 'unknown' | 'online' | 'offline';

/** The server's record of the game being played, which starts the clock of its result. */
export type Registration =
  /** Nothing to register: a board that starts solved, a game won before the leaderboards connected, or no server. */
  | { readonly state: 'none' }
  | { readonly state: 'registering' }
  | { readonly state: 'registered'; readonly id: string; readonly par: number }
  | { readonly state: 'failed'; readonly problem: OnlineProblem };

/** Putting the won game on its leaderboard. */
export type Submission =
  | { readonly state: 'idle' }
  | { readonly state: 'sending' }
  /**
   * On the leaderboard: this game's moves and time (null when only the player's entry could be
   * read back), and where their entry for the board ranks: their best game, maybe an earlier one.
   */
  | { readonly state: 'sent'; readonly moves: number; readonly ms: number | null; readonly rank: number; readonly total: number }
  | { readonly state: 'failed'; readonly problem: OnlineProblem };

/** One leaderboard as last asked for; `last` keeps the previous answer on show while a new one comes. */
export type BoardView =
  | { readonly state: 'loading'; readonly last: Leaderboard | null }
  | { readonly state: 'loaded'; readonly board: Leaderboard }
  | { readonly state: 'failed'; readonly problem: OnlineProblem; readonly last: Leaderboard | null };

/** The player as this browser remembers them. The secret itself stays in the controller. */
export interface PlayerView {
  /** The name their results go under; null until they give one. */
  readonly name: string | null;
  /** Put each eligible win on the leaderboard without asking. */
  readonly auto: boolean;
  /** This browser has a player secret: there may be results to remove. */
  readonly known: boolean;
}

/** Removing the player's results and name from the server. */
export type Forgetting =
  | { readonly state: 'idle' }
  | { readonly state: 'sending' }
  | { readonly state: 'done'; readonly removed: number }
  | { readonly state: 'failed'; readonly problem: OnlineProblem };

export interface OnlineState {
  readonly reach: Reach;
  readonly player: PlayerView;
  readonly registration: Registration;
  readonly submission: Submission;
  /** Leaderboards by key (see `leaderboardKey`). */
  readonly boards: Readonly<Record<string, BoardView>>;
  readonly forgetting: Forgetting;
}
