/**
 * The shape of one game store: plain-data slices by concern, and the actions. `game` is the game
 * as played (serialisable; what undo walks through), `answers` what the solver said about it,
 * `session` the UI state of this visit, `progress` the player's settings and saved stats,
 * `editor` the board being edited (its actions load with the editor: store/editor.ts), `review` a
 * finished game stepped through against the exact distances (store/review.ts). Types
 * only.
 */
import type { Board, BoardError, Move, Position, Result } from '../engine';
import type { Difficulty } from '../levels';
import type { SolveResult } from '../solver/types';
import type { Announcement, HintStage, Loading, Notice, SolverFailure } from './notices';
import type { Stats } from './stats';

export type { Difficulty };
export type Palette = 'default' | 'colour-blind' | 'high-contrast';
/** Light or dark colours, or those of the system (`prefers-color-scheme`). */
export type Theme = 'system' | 'light' | 'dark';
export type Direction = 'up' | 'down' | 'left' | 'right';

export interface Settings {
  readonly palette: Palette;
  /** Show every optimal move and the exact number of moves to solved. */
  readonly showAll: boolean;
  /** Say after each move whether it kept the game on a shortest path. */
  readonly coach: boolean;
  readonly theme: Theme;
  /** The first-run guide was finished or skipped: it opens again only when asked for. */
  readonly guideSeen: boolean;
}

export type BoardSource =
  | { readonly kind: 'level'; readonly id: number }
  /** `today`: opened as today's daily board, so a win counts for the streak (even after midnight). */
  | { readonly kind: 'daily'; readonly date: string; readonly today: boolean }
  | { readonly kind: 'random'; readonly difficulty: Difficulty }
  | { readonly kind: 'custom' };

export interface GameResult {
  readonly moves: number;
  readonly par: number;
  /** 0 when the solution was shown: the solver's moves earn no stars. */
  readonly stars: 0 | 1 | 2 | 3;
  readonly hintsUsed: number;
  readonly solutionShown: boolean;
}

/**
 * The game as played, JSON-plain. Undo and redo walk `past` and `future`; the facts a player
 * would not expect undo to take back (hints used, the solution shown) stay as they are.
 */
export interface GameRecord {
  /** Names this game among every game played: its win is recorded once, under this id. */
  readonly id: string;
  readonly source: BoardSource;
  readonly start: Board;
  /** The start board after `past`: kept so nothing replays the history to draw it. */
  readonly board: Board;
  /** Moves made from the start board, in order; undo pops the last one. */
  readonly past: readonly Move[];
  /** Undone moves, the next redo last. */
  readonly future: readonly Move[];
  readonly hintsUsed: number;
  /**
   * Which moves (indexes into `past`, then `future` as redo would replay it) were made with help
   * on show: a hint, every optimal move, or the solution playing. A redone move keeps its mark;
   * a new move in its place takes it away.
   */
  readonly hinted: readonly number[];
  readonly solutionShown: boolean;
  /**
   * The win was recorded (in the finished-games log): undo, redo, a reload or another tab never
   * record this game again. Like hints used, undo does not take it back.
   */
  readonly recorded: boolean;
  /** The win, once the board is sorted and par is known. */
  readonly result: GameResult | null;
}

/** What the solver said about this game, and what the player is waiting for it to say. */
export interface Answers {
  /** Fewest moves from the start board; null until known. */
  readonly par: number | null;
  /** The solver failed on the start board, so par stays unknown (rather than "coming"). */
  readonly parUnknown: boolean;
  /** The solver's answer for exactly the current board, or null. */
  readonly analysis: SolveResult | null;
  /** A hint or the next move of the solution waits for the solver. */
  readonly waiting: 'hint' | 'solution' | null;
  /** A move the coach will judge once the solver knows the board after it. */
  readonly coach: { readonly before: Board; readonly after: Board } | null;
}

export interface LeapAnimation {
  readonly from: Position;
  readonly to: Position;
  readonly id: number;
}

/** UI state of this visit: focus, the hint shown, the leap, the solution player, messages. */
export interface Session {
  readonly focus: Position;
  /** 0: no hint shown; 1: the pebble marked; 2: and where it goes. */
  readonly hintStage: 0 | HintStage;
  readonly hintMove: Move | null;
  readonly animation: LeapAnimation | null;
  /** "Show solution" is making its moves. */
  readonly playing: boolean;
  readonly loading: Loading | null;
  readonly notice: Notice | null;
  /** A fresh id each time a notice is shown, so the same notice twice still counts as new. */
  readonly noticeId: number;
  readonly announcement: Announcement | null;
  /** The last id given to a notice or an animation. */
  readonly serial: number;
}

export interface Progress {
  /** The settings in effect (help forced off where the host turned it off). */
  readonly settings: Settings;
  /**
   * What the saved games add up to; null until read. Reading them is store/saved, which the app
   * loads after the first board (loadSaved); an embedded board never needs them.
   */
  readonly stats: Stats | null;
}

/** The board editor's draft: the two codes as typed, what the engine says of them, and their par. */
export interface EditorDraft {
  readonly plates: string;
  readonly pebbles: string;
  readonly check: Result<Board, BoardError>;
  /** The colours worth offering: the standard ones and any other letter the codes use, sorted. */
  readonly colours: readonly string[];
  /** Both codes have one character per position, so each can be edited position by position. */
  readonly perPosition: boolean;
  /** The solver's par for a valid draft; null while asked or when it failed (`failure`). */
  readonly par: number | null;
  readonly failure: SolverFailure | null;
}

/**
 * A game under review: its moves, the exact distance of each of its positions and every optimal
 * move there (asked one position at a time), and the position on show. Loaded with its actions
 * (store/review.ts); the share card reads the same distances.
 */
export interface Review {
  /** The reviewed game's id (GameRecord.id, FinishedGame.id). */
  readonly id: string;
  readonly start: Board;
  readonly path: readonly Move[];
  /** Moves made with help on show, by index into `path`. */
  readonly hinted: readonly number[];
  /** The distance to solved of each position, the start board first; null until known. */
  readonly distances: readonly (number | null)[];
  /** Every optimal next move of each position (empty once solved); null until known. */
  readonly best: readonly (readonly Move[] | null)[];
  /** One optimal line from the start board; null until known. */
  readonly line: readonly Move[] | null;
  /** The position on show: 0 is the start board, `path.length` the solved one. */
  readonly step: number;
  readonly failure: SolverFailure | null;
}

export interface GameData {
  readonly game: GameRecord;
  readonly answers: Answers;
  readonly session: Session;
  readonly progress: Progress;
  /** The editor's draft: null until the editor opens, and again when a new game starts. */
  readonly editor: EditorDraft | null;
  /** The game under review: null until a review or a share card asks for one. */
  readonly review: Review | null;
}

/**
 * How a board is opened: `play` (a player's choice: its unfinished saved game goes on, else a
 * new game starts) or `return` (a link, a reload, Back or Forward: the saved game as it was, a
 * finished one included).
 */
export type Opening = 'play' | 'return';

export interface GameActions {
  newGame(board: Board, source?: BoardSource, par?: number | null, opening?: Opening): void;
  loadLevel(id: number, opening?: Opening): void;
  loadRandom(difficulty: Difficulty): Promise<void>;
  /** Today's daily board, or the one of `date` (a Date or a 'YYYY-MM-DD' day from a link). */
  loadDaily(date?: Date | string, opening?: Opening): Promise<void>;
  /** The board after this one: the next level, or a new random board like this one. */
  loadNext(): Promise<void>;
  /** Moves the pebble at `from` into the hole; a `refused` notice when it cannot. */
  moveFrom(from: Position): boolean;
  undo(): void;
  redo(): void;
  /** Back to the start board, the moves kept for Redo; after a win, a new game on the same board. */
  restart(): void;
  pressHint(): void;
  playSolution(): void;
  stopSolution(): void;
  setFocus(pos: Position): void;
  moveFocus(direction: Direction): void;
  updateSettings(patch: Partial<Settings>): void;
  /** Today's date as the daily board names it ('YYYY-MM-DD'), by the store's clock. */
  today(): string;
  /** Shows a notice (the UI's own, such as a link that could not be opened). */
  notify(notice: Notice): void;
  dismissNotice(): void;
  dispose(): void;
}

export type GameState = GameData & GameActions;
