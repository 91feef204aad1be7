/**
 * Waiting for the store: work that may start only once the game's state allows it (a move made,
 * the first-run guide seen), started once. No UI imports.
 */
import type { GameStore } from './createGameStore';
import type { GameState } from './types';

/**
 * Calls `run` once, with the state, when the store's state first satisfies `ready` (at once when
 * it does now). Returns how to stop waiting; after `run` there is nothing to stop.
 */
export function whenState(store: GameStore, ready: (state: GameState) => boolean, run: (state: GameState) => void): () => void {
  let done = false;
  const check = (state: GameState): void => {
    if (done || !ready(state)) return;
    done = true;
    stop();
    run(state);
  };
  const stop = store.subscribe(check);
  check(store.getState());
  return stop;
}
