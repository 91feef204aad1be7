/**
 * What the store tells the player and the host, as data: notices (shown in the message box),
 * announcements (spoken by the polite live region), what is loading, and the host's events.
 * Never sentences: the UI words all of these in src/ui/messages. Types only.
 */
import type { MoveRefusal, Position } from '../engine';
import type { Difficulty } from '../levels';
import type { LinkError } from './links';
import type { SaveFailure } from './storage';
import type { GameResult } from './types';

/** What the solver client was asked to do. */
export type SolverTask = 'solve' | 'generate';

/**
 * Why the solver could not answer: `unavailable` (no worker, or it stopped responding twice)
 * or `failed` (the solver itself threw). `detail` is the client's developer-facing text.
 */
export interface SolverFailure {
  readonly task: SolverTask;
  readonly cause: 'unavailable' | 'failed';
  readonly detail: string;
}

/**
 * What damaged saved data cost, by kind of entry (absent: nothing of that kind was lost).
 * Everything else that was saved is kept.
 */
export interface LostParts {
  readonly settings?: boolean;
  /** Games in progress. */
  readonly games?: number;
  /** Boards' best results. */
  readonly boards?: number;
  /** Daily boards' results. */
  readonly days?: number;
  /** Records of finished games. */
  readonly finished?: number;
  /** Totals: wins, hints used, the streak. */
  readonly totals?: boolean;
}

/** The two steps of a hint: first the pebble (`from`), then also where it goes (`to`, the hole). */
export type HintStage = 1 | 2;

export type Notice =
  /** The pebble at `pos` cannot move, and why. */
  | { readonly kind: 'refused'; readonly pos: Position; readonly reason: MoveRefusal }
  /** The pebble at `pos` could move, but was dropped on `onto` (a plate that is not the hole; null: off the board). */
  | { readonly kind: 'missed-drop'; readonly pos: Position; readonly onto: Position | null; readonly hole: Position }
  | { readonly kind: 'hint'; readonly stage: HintStage; readonly from: Position; readonly to: Position }
  /** Hint pressed again after both steps: the marked move is waiting to be made. */
  | { readonly kind: 'hint-waiting' }
  /** Hint or Show solution on a board that is already solved. */
  | { readonly kind: 'already-solved'; readonly asked: 'hint' | 'solution' }
  /** How a move did: `cost` extra moves over a shortest solution (0: still on one); `togo` moves left. */
  | { readonly kind: 'coach'; readonly cost: 0 | 1 | 2; readonly togo: number }
  | { readonly kind: 'solution-playing' }
  | { readonly kind: 'solution-stopped' }
  | ({ readonly kind: 'solver-failed' } & SolverFailure)
  /** The player sorted the board while the solver was down: no par to score against. */
  | { readonly kind: 'solved-without-par'; readonly moves: number }
  | { readonly kind: 'no-such-level'; readonly id: number; readonly count: number }
  | { readonly kind: 'no-such-day'; readonly value: string }
  /** Damaged saved entries were dropped; the rest was kept. */
  | { readonly kind: 'saved-data-damaged'; readonly lost: LostParts }
  /** The saved data is of a newer version: left as it is, and this visit is not saved. */
  | { readonly kind: 'saved-data-newer' }
  /** Progress cannot be saved (said once, and again when a win is not saved). */
  | { readonly kind: 'not-saved'; readonly cause: SaveFailure; readonly win: boolean }
  /** A shared link named nothing valid; `fallback`: another board was opened instead. */
  | { readonly kind: 'link-invalid'; readonly error: LinkError; readonly fallback: boolean };

export type Announcement =
  /** A pebble moved from `from` to `to` (by a move, an undo or a redo); the progress after it. */
  | {
      readonly kind: 'moved';
      readonly how: 'move' | 'undo' | 'redo';
      readonly from: Position;
      readonly to: Position;
      readonly colour: string;
      readonly moves: number;
      readonly matched: number;
      readonly pebbles: number;
    }
  | { readonly kind: 'restarted'; readonly matched: number; readonly pebbles: number }
  /** A game started: on a new board, on the same board again, or on a board that is already solved. */
  | { readonly kind: 'new-board'; readonly how: 'new' | 'again' | 'solved' }
  | { readonly kind: 'won'; readonly result: GameResult }
  | { readonly kind: 'solved-without-par'; readonly moves: number };

/** A board being prepared in the worker. */
export type Loading = { readonly kind: 'random'; readonly difficulty: Difficulty } | { readonly kind: 'daily'; readonly date: string };

/** Events for whoever hosts the game (mount's onEvent, the custom element's DOM events). */
export type GameEvent =
  | { readonly type: 'move'; readonly move: number; readonly moves: number }
  | { readonly type: 'solved'; readonly moves: number; readonly par: number }
  | { readonly type: 'error'; readonly failure: SolverFailure };
