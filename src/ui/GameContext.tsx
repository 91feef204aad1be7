/**
 * Hands a game's store to its components, and the selector hook they read state with. One
 * provider per mounted board, so embedded boards never share state. The UI reaches the solver
 * only through the store's actions.
 */
import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import type { GameActions, GameState, GameStore } from '../store';

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

/** Reads one value of the game state; the component re-renders when it changes. */
export function useGame<T>(selector: (state: GameState) => T): T {
  return useStore(useGameStore(), selector);
}

/** The game's actions: made once with the store and never replaced, so reading them needs no subscription. */
export function useActions(): GameActions {
  return useGameStore().getState();
}
