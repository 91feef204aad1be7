/**
 * Game stores for tests: the example board, a fake solver, no storage and no pause between the
 * moves of "Show solution" unless the test says otherwise. Every store made here is disposed
 * after the test.
 */
import { afterEach } from 'vitest';
import { EXAMPLE_BOARD } from '../../src/engine';
import { createGameStore } from '../../src/store';
import type { GameStore, GameStoreOptions } from '../../src/store';
import { loadSaved } from '../../src/store/saved/load';
import type { FakeSolver } from './fakeSolver';
import { fakeSolver } from './fakeSolver';

const live: GameStore[] = [];
afterEach(() => {
  for (const store of live.splice(0)) store.getState().dispose();
});

/**
 * A store as the app makes it: its saved data read (store/saved) unless `stats` is false (an
 * embedded board never reads it).
 */
export function makeStore(options: Partial<Omit<GameStoreOptions, 'solver'>> & { solver?: FakeSolver; stats?: boolean } = {}) {
  const solver = options.solver ?? fakeSolver();
  const store = createGameStore({
    ...options,
    solver,
    board: options.board ?? EXAMPLE_BOARD,
    storage: options.storage ?? null,
    solutionDelayMs: options.solutionDelayMs ?? 0,
  });
  live.push(store);
  if (options.stats !== false) loadSaved(store);
  return { store, solver, game: () => store.getState() };
}

/** Lets pending solver answers land. */
export const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 0));
