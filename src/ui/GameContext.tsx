/**
 * Hands a game's store and solver client to its components, and the selector hook they read
 * state with. One provider per mounted board, so embedded boards never share state.
 */
import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import type { GameState, GameStore } from '../store';
import type { SolverClient } from '../worker/client';

export interface GameContextValue {
  readonly store: GameStore;
  readonly solver: SolverClient;
}

const Context = createContext<GameContextValue | null>(null);

export function GameProvider(props: GameContextValue & { children: ReactNode }) {
  const { store, solver, children } = props;
  return <Context.Provider value={{ store, solver }}>{children}</Context.Provider>;
}

export function useGameContext(): GameContextValue {
  const value = useContext(Context);
  if (!value) throw new Error('game components must be inside a GameProvider');
  return value;
}

/** Reads one value of the game state; the component re-renders when it changes. */
export function useGame<T>(selector: (state: GameState) => T): T {
  return useStore(useGameContext().store, selector);
}
