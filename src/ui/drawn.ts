/**
 * What the page draws of a game: the store's state, except while a move's pebble flies. The
 * move's first frame then draws the pebble lifting off its plate and nothing else; the board,
 * the counter and the words are drawn once, in the frame it lands in (a tap that renders the
 * whole move first waits a frame or two more on a slow phone). Anything else that changes the
 * board meanwhile (a second move, an undo, a restart) lands the flight at once. The store itself
 * is never held back: actions always see its current state. UI timing only, no words; imports
 * no components.
 */
import { flushSync } from 'react-dom';
import type { GameState, GameStore, LeapAnimation } from '../store';

/**
 * Starts the flight of `leap` on the board as drawn before it, and calls `land` when the pebble
 * is over its new place. Returns how to end the flight at once, or null when nothing flies (no
 * animations, reduced motion): the move is then drawn at once.
 */
export type Leaper = (leap: LeapAnimation, land: () => void) => (() => void) | null;

export interface DrawnGame {
  /** The state drawn now. */
  get(): GameState;
  subscribe(listener: () => void): () => void;
  /** How the board flies a move's pebble; without one, every state is drawn at once. */
  setLeaper(leaper: Leaper | null): void;
  /** Whether a move's pebble is in flight (its move not drawn yet). */
  flying(): boolean;
  /** Lands a flight under way now: for input that acts on the board as drawn (the keyboard's focus ring). */
  land(): void;
}

const drawnGames = new WeakMap<GameStore, DrawnGame>();

/** The drawn state of a game's store: one per store, made on first use. */
export function drawnGameOf(store: GameStore): DrawnGame {
  let drawnGame = drawnGames.get(store);
  if (!drawnGame) {
    drawnGame = createDrawnGame(store);
    drawnGames.set(store, drawnGame);
  }
  return drawnGame;
}

function createDrawnGame(store: GameStore): DrawnGame {
  let drawn = store.getState();
  const listeners = new Set<() => void>();
  let leaper: Leaper | null = null;
  /** Ends the flight under way, if one is. */
  let endFlight: (() => void) | null = null;

  const draw = (state: GameState): void => {
    drawn = state;
    for (const listener of listeners) listener();
  };
  const landNow = (): void => {
    const end = endFlight;
    endFlight = null;
    end?.();
  };
  const land = (): void => {
    if (!endFlight) return;
    landNow();
    draw(store.getState());
  };

  store.subscribe((state, before) => {
    const leap = state.session.animation;
    const newLeap = leap !== null && leap !== before.session.animation;
    if (endFlight) {
      // Words, answers and hints that come during a flight are drawn when it lands.
      if (state.game.board === before.game.board && !newLeap) return;
      landNow();
    }
    if (newLeap && leaper) {
      // The flight starts from the board before this change, on the page now: drawn if it waited
      // for a landing, rendered if its render is still to come (a restart, then a move at once).
      flushSync(() => drawn !== before && draw(before));
      const end = leaper(leap, () => {
        if (endFlight !== end) return;
        endFlight = null;
        draw(store.getState());
      });
      endFlight = end;
      if (end) return;
    }
    draw(state);
  });

  return {
    get: () => drawn,
    flying: () => endFlight !== null,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    land,
    setLeaper(next) {
      leaper = next;
      // The board goes (another panel, an embed taken off its page): its flight lands now.
      if (!next) land();
    },
  };
}
