/**
 * Hands a game's store to its components, and the selector hook they read state with: the state
 * as drawn (drawn.ts: a move is drawn when its pebble lands). One provider per mounted board, so
 * embedded boards never share state. The UI reaches the solver only through the store's actions.
 */
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import type { GameActions, GameState, GameStore } from '../store';
import { drawnGameOf } from './drawn';

const Context = createContext<GameStore | null>(null);

export function GameProvider(props: { readonly store: GameStore; readonly children: ReactNode }) {
  return <Context.Provider value={props.store}>{props.children}</Context.Provider>;
}

/** The store of the game this component belongs to. */
export function useGameStore(): GameStore {
  const store = useContext(Context);
  if (!store) throw new Error('game components must be inside a GameProvider');
  return store;
}

/**
 * Reads one value of the game state as drawn; the component re-renders when it changes. The
 * server snapshot is the drawn state too (zustand's own hook would take the store's first state):
 * the prerendered page is drawn from the state the app opens on, and hydration must see the same.
 */
export function useGame<T>(selector: (state: GameState) => T): T {
  const drawn = drawnGameOf(useGameStore());
  const read = (): T => selector(drawn.get());
  return useSyncExternalStore(drawn.subscribe, read, read);
}

/**
 * Reads one value of the store's state now, not as drawn: for what decides whether input can act
 * (a button's enabled state), as actions act on the store at once (Undo works while the pebble
 * of the move it undoes still flies).
 */
export function useGameNow<T>(selector: (state: GameState) => T): T {
  const store = useGameStore();
  const read = (): T => selector(store.getState());
  return useSyncExternalStore(store.subscribe, read, read);
}

/** The game's actions: made once with the store and never replaced, so reading them needs no subscription. */
export function useActions(): GameActions {
  return useGameStore().getState();
}
