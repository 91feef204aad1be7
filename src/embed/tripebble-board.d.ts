/**
 * Types for site owners: the <tripebble-board> element that embed.js (or embed.mjs) defines,
 * its properties, methods and events, and its place in `document.createElement` and
 * `querySelector`. Shipped as dist/tripebble-board.d.ts; for JSX in React 19 also include
 * tripebble-board-react.d.ts. Standalone: needs only TypeScript's DOM library. The element's
 * class in src/embed implements TripebbleBoardApi, so these types cannot drift from the code.
 */

/** Colours: light, dark, or the visitor's system setting. */
export type TripebbleTheme = 'light' | 'dark' | 'auto';

/** The buttons the `controls` attribute may list (space-separated). */
export type TripebbleControl = 'hint' | 'undo' | 'redo' | 'restart' | 'solution' | 'new' | 'settings';

/** A board as two 15-letter codes: plate colours, and pebble colours with '-' for the hole. */
export interface TripebbleCodes {
  readonly plates: string;
  readonly pebbles: string;
}

/** A hint: move the pebble at `from` into the hole at `to` (positions 0–14, row by row from the apex). */
export interface TripebbleHint {
  readonly from: number;
  readonly to: number;
}

/** The result of a solved board. */
export interface TripebbleResult {
  readonly moves: number;
  readonly par: number;
  /** 0 when the solution was shown. */
  readonly stars: 0 | 1 | 2 | 3;
  readonly hintsUsed: number;
  readonly solutionShown: boolean;
}

/** `move`: the position the pebble left, and the moves made so far. */
export interface TripebbleMoveDetail {
  readonly move: number;
  readonly moves: number;
}

/** `solved`: the moves it took and the fewest possible. */
export interface TripebbleSolvedDetail {
  readonly moves: number;
  readonly par: number;
}

/** `error`: what is wrong (a refused attribute, a board that could not be shown, the solver). */
export interface TripebbleErrorDetail {
  readonly message: string;
}

/** The events a board fires; all bubble and cross its shadow root. */
export interface TripebbleBoardEventMap extends Omit<HTMLElementEventMap, 'error'> {
  move: CustomEvent<TripebbleMoveDetail>;
  solved: CustomEvent<TripebbleSolvedDetail>;
  error: CustomEvent<TripebbleErrorDetail>;
}

/**
 * What a board offers a host page besides its attributes. Reading a board property gives the
 * game as it stands; writing one sets the attribute of the same name and starts a new game,
 * like setting the attribute would (`plates` and `pebbles` set in the same task make one new
 * board). Before the board is shown, or while it shows an error, reads give null (or 0).
 */
export interface TripebbleBoardApi {
  /** The plate colours of the board in play. Setting it removes `level` and `daily`. */
  get plates(): string | null;
  set plates(value: string | null);
  /** Where the pebbles are now, after the moves made ('-' is the hole). Setting it starts a new board from there. */
  get pebbles(): string | null;
  set pebbles(value: string | null);
  /** The built-in level in play, or null. Setting it removes `plates`, `pebbles` and `daily`. */
  get level(): number | null;
  set level(value: number | null);
  /**
   * The day ('YYYY-MM-DD') of the daily board in play, or null. Set `true` or 'today' for
   * today's, a date for an earlier day's, false or null for none; removes the other sources.
   */
  get daily(): string | null;
  set daily(value: boolean | string | null);
  /** The `theme` attribute: changing it recolours the board without starting a new game. */
  get theme(): TripebbleTheme;
  set theme(value: TripebbleTheme);
  /** The board the game started from. */
  readonly start: TripebbleCodes | null;
  /** Moves made so far. */
  readonly moves: number;
  /** The fewest moves the start board needs, once the solver knows it. */
  readonly par: number | null;
  /** Every pebble sits on a plate of its colour. */
  readonly solved: boolean;
  /** The result once the board is solved and par is known. */
  readonly result: TripebbleResult | null;
  /** The message the board shows instead of a game, if any. */
  readonly error: string | null;
  /** Moves the pebble at `position` into the hole, as a click would; false when it cannot move. */
  move(position: number): boolean;
  /**
   * One press of Hint: the first marks the pebble to move, the next also shows where it goes.
   * Resolves with the move once it is shown, or null when none could be (solved, no solver).
   */
  hint(): Promise<TripebbleHint | null>;
  undo(): void;
  redo(): void;
  /** Back to the start board; Redo brings the moves back. */
  restart(): void;
}

/** A <tripebble-board> element. */
export interface TripebbleBoardElement extends HTMLElement, TripebbleBoardApi {
  addEventListener<K extends keyof TripebbleBoardEventMap>(
    type: K,
    listener: (this: TripebbleBoardElement, event: TripebbleBoardEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof TripebbleBoardEventMap>(
    type: K,
    listener: (this: TripebbleBoardElement, event: TripebbleBoardEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

/** The attributes, as plain strings (every value is checked; a refused one shows an error and fires `error`). */
export interface TripebbleBoardAttributes {
  plates?: string;
  pebbles?: string;
  level?: number | string;
  daily?: boolean | string;
  hints?: 'on' | 'off' | boolean;
  /** Space-separated, e.g. "hint undo restart". */
  controls?: string;
  /** The accessible name, plain text, at most 200 characters. */
  label?: string;
  theme?: TripebbleTheme;
}

/** The element's class, as embed.mjs exports it. */
export declare const TripebbleBoardElement: { new (): TripebbleBoardElement; prototype: TripebbleBoardElement };

declare global {
  interface HTMLElementTagNameMap {
    'tripebble-board': TripebbleBoardElement;
  }
}
