/**
 * A game store as a host page sees it through <tripebble-board>: the board in play, moves, par,
 * the result, and the player's actions (a move, Hint, Undo, Redo, Restart). Reads the store's
 * plain data and calls its actions; holds nothing of its own. No React, no DOM.
 */
import { isSolved } from '../engine';
import type { GameState, GameStore } from '../store';
import type { TripebbleCodes, TripebbleHint, TripebbleResult } from './tripebble-board';

export interface HostGame {
  readonly plates: string;
  readonly pebbles: string;
  readonly start: TripebbleCodes;
  readonly level: number | null;
  readonly daily: string | null;
  readonly moves: number;
  readonly par: number | null;
  readonly solved: boolean;
  readonly result: TripebbleResult | null;
  move(position: number): boolean;
  hint(): Promise<TripebbleHint | null>;
  undo(): void;
  redo(): void;
  restart(): void;
}

/**
 * Presses Hint and resolves once the answer is in: with the hint shown, or null when none was
 * (the board is solved, the solver failed, the game moved on, the board was removed).
 */
function pressHint(store: GameStore): Promise<TripebbleHint | null> {
  const before = store.getState().session.noticeId;
  store.getState().pressHint();
  return new Promise((resolve) => {
    const shown = (): TripebbleHint | null => {
      const { notice, noticeId } = store.getState().session;
      return noticeId !== before && notice?.kind === 'hint' ? { from: notice.from, to: notice.to } : null;
    };
    // The wait ends in one update and the hint shows in the next, in the same task.
    const settled = (state: GameState): boolean => {
      if (state.answers.waiting === 'hint') return false;
      queueMicrotask(() => resolve(shown()));
      return true;
    };
    if (settled(store.getState())) return;
    const stop = store.subscribe((state) => {
      if (settled(state)) stop();
    });
  });
}

export function hostGame(store: GameStore): HostGame {
  const state = (): GameState => store.getState();
  return {
    get plates() {
      return state().game.board.plates;
    },
    get pebbles() {
      return state().game.board.pebbles;
    },
    get start() {
      const { plates, pebbles } = state().game.start;
      return { plates, pebbles };
    },
    get level() {
      const source = state().game.source;
      return source.kind === 'level' ? source.id : null;
    },
    get daily() {
      const source = state().game.source;
      return source.kind === 'daily' ? source.date : null;
    },
    get moves() {
      return state().game.past.length;
    },
    get par() {
      return state().answers.par;
    },
    get solved() {
      return isSolved(state().game.board);
    },
    get result() {
      return state().game.result;
    },
    move: (position) => state().moveFrom(position),
    hint: () => pressHint(store),
    undo: () => state().undo(),
    redo: () => state().redo(),
    restart: () => state().restart(),
  };
}
