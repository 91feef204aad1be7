/**
 * One store per game board (zustand/vanilla): the slices of types.ts with the actions next to
 * them, built from injected dependencies (the solver client, storage, clock, randomness, event
 * sink). Talks to the solver only through the jobs controller, so it never imports solver
 * runtime code; must not import React or UI modules.
 */
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { Board } from '../engine';
import { EXAMPLE_BOARD } from '../engine';
import { dailySeed } from '../levels';
import type { SolverClient } from '../worker/client';
import { askCurrent, askPar } from './answers';
import { boardActions, freshAnswers, freshRecord, freshSession } from './boards';
import type { StoreContext } from './context';
import { registerContext, tell, updater } from './context';
import { hintActions } from './hints';
import { createJobs } from './jobs';
import type { GameEvent } from './notices';
import { playActions } from './play';
import { progressActions } from './progress';
import type { StorageLike } from './stats';
import { emptyStats, loadStats } from './stats';
import type { BoardSource, GameState } from './types';

export interface GameStoreOptions {
  readonly solver: SolverClient;
  /** Where progress and settings are saved; null or absent keeps them for this visit only. */
  readonly storage?: StorageLike | null;
  readonly board?: Board;
  readonly source?: BoardSource;
  readonly par?: number | null;
  readonly onEvent?: (event: GameEvent) => void;
  /** False for boards whose host turned help off: no optimal moves shown, no coach. */
  readonly help?: boolean;
  /** Pause between the moves of "Show solution". */
  readonly solutionDelayMs?: number;
  readonly now?: () => Date;
  readonly random?: () => number;
}

export type GameStore = StoreApi<GameState>;

export function createGameStore(options: GameStoreOptions): GameStore {
  const storage = options.storage ?? null;
  const { stats, problem } = storage ? loadStats(storage) : { stats: emptyStats(), problem: null };
  const board = options.board ?? EXAMPLE_BOARD;
  const jobs = createJobs(options.solver);
  // The context reaches the store lazily: its functions run only once the store exists.
  const ctx: StoreContext = {
    get: () => store.getState(),
    update: updater((patch) => store.setState(patch)),
    jobs,
    storage,
    emit: (event) => {
      try {
        options.onEvent?.(event);
      } catch {
        /* a listener's error must not break the game */
      }
    },
    now: options.now ?? (() => new Date()),
    random: options.random ?? Math.random,
    solutionDelayMs: options.solutionDelayMs ?? 650,
  };
  const store = createStore<GameState>()(() => ({
    game: freshRecord(board, options.source ?? { kind: 'custom' }),
    answers: freshAnswers(ctx, board, options.par ?? null),
    session: freshSession(board, 0),
    progress: { settings: options.help === false ? { ...stats.settings, showAll: false, coach: false } : stats.settings, stats },
    editor: null,
    ...playActions(ctx),
    ...hintActions(ctx),
    ...boardActions(ctx),
    ...progressActions(ctx),
    today: () => dailySeed(ctx.now()),
    notify: (notice) => tell(ctx, notice),
    dismissNotice: () => ctx.update({ session: { notice: null } }),
    dispose() {
      jobs.cancel();
      ctx.update({ answers: { waiting: null }, session: { playing: false, loading: null } });
    },
  }));
  registerContext(store, ctx);
  queueMicrotask(() => {
    askPar(ctx);
    void askCurrent(ctx);
    if (problem) tell(ctx, { kind: 'saved-data-reset', reason: problem });
  });
  return store;
}
