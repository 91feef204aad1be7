/**
 * The shape of one game store: the undoable game (start board, board, moves and redo), facts
 * about the game that undo keeps (par, hints used), the solver's answer for the current board,
 * and UI state (focus, hint stage, animation, messages, settings). Types only.
 */
import type { Board, Move, Position } from '../engine';
import type { Difficulty } from '../levels';
import type { SolveResult } from '../solver/types';
import type { Stats } from './stats';

export type { Difficulty };
export type Palette = 'default' | 'colour-blind' | 'high-contrast';
export type HintStage = 0 | 1 | 2;
export type Tone = 'info' | 'good' | 'warning' | 'error';
export type Direction = 'up' | 'down' | 'left' | 'right';

export interface Settings {
  readonly palette: Palette;
  /** Show every optimal move and the exact number of moves to solved. */
  readonly showAll: boolean;
  /** Say after each move whether it kept the game on a shortest path. */
  readonly coach: boolean;
}

export type BoardSource =
  | { readonly kind: 'level'; readonly id: number }
  /** `today`: opened as today's daily board, so a win counts for the streak (even after midnight). */
  | { readonly kind: 'daily'; readonly date: string; readonly today: boolean }
  | { readonly kind: 'random'; readonly difficulty: Difficulty }
  | { readonly kind: 'custom' };

export interface Message {
  readonly text: string;
  readonly tone: Tone;
  readonly id: number;
}

export interface LeapAnimation {
  readonly from: Position;
  readonly to: Position;
  readonly id: number;
}

export interface GameResult {
  readonly moves: number;
  readonly par: number;
  /** 0 when the solution was shown: the solver's moves earn no stars. */
  readonly stars: 0 | 1 | 2 | 3;
  readonly hintsUsed: number;
  readonly solutionShown: boolean;
}

export type GameEvent =
  | { readonly type: 'move'; readonly move: number; readonly moves: number }
  | { readonly type: 'solved'; readonly moves: number; readonly par: number }
  | { readonly type: 'error'; readonly message: string };

export interface GameData {
  readonly start: Board;
  readonly board: Board;
  /** Moves made from the start board, in order; undo pops the last one. */
  readonly past: readonly Move[];
  /** Undone moves, the next redo last. */
  readonly future: readonly Move[];
  readonly source: BoardSource;
  /** Fewest moves from the start board; null until known. */
  readonly par: number | null;
  readonly hintsUsed: number;
  readonly solutionShown: boolean;
  readonly result: GameResult | null;
}

export interface UiData {
  /** The solver's answer for exactly the current board, or null. */
  readonly analysis: SolveResult | null;
  /** The solver failed on the start board, so par stays unknown (rather than "coming"). */
  readonly parUnknown: boolean;
  /** A hint or solution is waiting for the solver. */
  readonly busy: boolean;
  /** A new board is being prepared (text says which), or null. */
  readonly loading: string | null;
  readonly focus: Position;
  readonly hintStage: HintStage;
  readonly hintMove: Move | null;
  readonly playing: boolean;
  readonly animation: LeapAnimation | null;
  /** The pebble that was just refused, so the board can shake it gently. */
  readonly refused: { readonly pos: Position; readonly id: number } | null;
  readonly message: Message | null;
  /** Text for the polite live region: moves and the win. */
  readonly announcement: string;
  readonly settings: Settings;
  readonly stats: Stats;
}

export interface GameActions {
  newGame(board: Board, source?: BoardSource, par?: number | null): void;
  loadLevel(id: number): void;
  loadRandom(difficulty: Difficulty): Promise<void>;
  /** Today's daily board, or the one of `date` (a Date or a 'YYYY-MM-DD' day from a link). */
  loadDaily(date?: Date | string): Promise<void>;
  /** The board after this one: the next level, or a new random board like this one. */
  loadNext(): Promise<void>;
  /** Moves the pebble at `from` into the hole; a refusal message when it cannot. */
  moveFrom(from: Position): boolean;
  undo(): void;
  redo(): void;
  restart(): void;
  pressHint(): void;
  playSolution(): void;
  stopSolution(): void;
  setFocus(pos: Position): void;
  moveFocus(direction: Direction): void;
  updateSettings(patch: Partial<Settings>): void;
  say(text: string, tone?: Tone): void;
  dismissMessage(): void;
  resetStats(): void;
  dispose(): void;
}

export type GameState = GameData & UiData & GameActions;
