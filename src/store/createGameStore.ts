/**
 * One store per game board (zustand/vanilla): the undoable game, the solver's answers and the UI
 * state, with the actions next to them. Talks to the solver only through a SolverClient, so it
 * never imports solver runtime code; must not import React or UI modules.
 */
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { Board } from '../engine';
import { EXAMPLE_BOARD } from '../engine';
import type { SolverClient } from '../worker/client';
import { createAnalyst } from './analyst';
import { boardActions, freshGame } from './boards';
import type { StoreContext } from './context';
import { analyse, askPar, hintActions } from './hints';
import { playActions } from './play';
import type { StorageLike } from './stats';
import { emptyStats, latestStats, loadStats, saveStats } from './stats';
import type { BoardSource, GameEvent, GameState } from './types';

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
  let id = 0;
  return createStore<GameState>()((set, get) => {
    const ctx: StoreContext = {
      set,
      get,
      solver: options.solver,
      analyst: createAnalyst(options.solver),
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
      nextId: () => ++id,
      say: (text, tone) => set({ message: { text, tone, id: ++id } }),
      analyse: () => analyse(ctx),
      timers: {},
      coach: null,
      waiting: null,
      generation: null,
    };
    queueMicrotask(() => {
      askPar(ctx);
      ctx.analyse();
      if (problem) ctx.say(problem, 'warning');
    });
    return {
      ...freshGame(ctx, board, options.source ?? { kind: 'custom' }, options.par ?? null),
      message: null,
      announcement: '',
      settings: options.help === false ? { ...stats.settings, showAll: false, coach: false } : stats.settings,
      stats,
      ...playActions(ctx),
      ...hintActions(ctx),
      ...boardActions(ctx),
      updateSettings(patch) {
        const settings = { ...get().settings, ...patch };
        // Only the change is saved, onto what is saved now: a board whose host turned help off
        // must not save its forced-off help, nor drop what other boards saved meanwhile.
        const latest = latestStats(storage, get().stats);
        const next = { ...latest, settings: { ...latest.settings, ...patch } };
        saveStats(storage, next);
        set({ settings, stats: next });
        if (patch.showAll && get().analysis && !get().result) set({ hintsUsed: get().hintsUsed + 1 });
      },
      say: (text, tone = 'info') => ctx.say(text, tone),
      dismissMessage: () => set({ message: null }),
      resetStats() {
        const next = emptyStats(get().settings);
        saveStats(storage, next);
        set({ stats: next });
      },
      dispose() {
        clearTimeout(ctx.timers.solution);
        ctx.analyst.cancel();
        ctx.generation?.abort();
        set({ playing: false, busy: false, loading: null });
      },
    };
  });
}
