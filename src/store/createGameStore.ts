/**
 * One store per game board (zustand/vanilla): the slices of types.ts with the actions next to
 * them, built from injected dependencies (the solver client, storage, clock, randomness, event
 * sink). The board's game is read back from its save at the start and
 * saved as it changes. Talks to the solver only through the jobs controller, so it never
 * imports solver runtime code; must not import React or UI modules.
 */
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { Board } from '../engine';
import { EXAMPLE_BOARD } from '../engine';
import { dailySeed } from '../levels';
import type { SolverClient } from '../worker/client';
import { askCurrent, askPar } from './answers';
import { boardActions, freshAnswers, freshSession, openGame } from './boards';
import type { StoreContext } from './context';
import { registerContext, showing, tell, updater } from './context';
import { hintActions } from './hints';
import { createJobs } from './jobs';
import type { GameEvent, Notice } from './notices';
import { playActions } from './play';
import { progressActions } from './progress';
import { keepGame } from './resume';
import { openSaved } from './settings';
import type { StorageLike } from './storage';
import { createVault } from './storage';
import type { BoardSource, GameState } from './types';
import { finishIfSolved } from './win';

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
  /**
   * Schedules work the screen does not wait for to run after the next paint (the page passes
   * one that does: ui/afterPaint.ts); by default it runs at once.
   */
  readonly afterPaint?: (step: () => void) => void;
}

export type GameStore = StoreApi<GameState>;

export function createGameStore(options: GameStoreOptions): GameStore {
  // Said after the current step: reading may fail before the store exists.
  const vault = createVault(options.storage ?? null, (cause) => queueMicrotask(() => tell(ctx, { kind: 'not-saved', cause, win: false })));
  const { settings, problem } = openSaved(vault);
  const board = options.board ?? EXAMPLE_BOARD;
  const source = options.source ?? { kind: 'custom' };
  const help = options.help !== false;
  const jobs = createJobs(options.solver);
  let live = true;
  const schedule = options.afterPaint ?? ((step: () => void) => step());
  // The context reaches the store lazily: its functions run only once the store exists.
  // Saved as played (the subscription below): whether a change waits for its save, and the save.
  let unsaved = false;
  const save = (): void => {
    if (unsaved) keepGame(ctx, store.getState());
    unsaved = false;
  };
  const ctx: StoreContext = {
    get: () => store.getState(),
    update: updater((patch) => store.setState(patch)),
    jobs,
    vault,
    help,
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
    afterPaint: (step) =>
      schedule(() => {
        if (live) step();
      }),
    savePending: save,
  };
  // The board the host names: its saved game as it was.
  const opened = openGame(ctx, board, source, 'return', settings.coach);
  const notice: Notice | null =
    problem === 'newer'
      ? { kind: 'saved-data-newer' }
      : problem
        ? { kind: 'saved-data-damaged', lost: { settings: true, games: opened.notice ? 1 : 0 } }
        : opened.notice;
  const fresh = freshSession(board, 0);
  const store = createStore<GameState>()(() => ({
    game: opened.game,
    answers: freshAnswers(ctx, board, options.par ?? null),
    session: { ...fresh, ...(notice && showing(fresh, notice)) },
    progress: { settings: { ...settings, showAll: help && settings.showAll, coach: opened.coach }, stats: null },
    editor: null,
    review: null,
    ...playActions(ctx),
    ...hintActions(ctx),
    ...boardActions(ctx),
    ...progressActions(ctx),
    today: () => dailySeed(ctx.now()),
    notify: (notice) => tell(ctx, notice),
    dismissNotice: () => ctx.update({ session: { notice: null } }),
    dispose() {
      live = false;
      jobs.cancel();
      stopSaving();
      ctx.update({ answers: { waiting: null }, session: { playing: false, loading: null } });
    },
  }));
  registerContext(store, ctx);
  // Saved as played: every change of the game, or of the coach it is played with. Written once
  // the change is drawn (storage is synchronous: it stays out of a move's task), the latest
  // state then; at once when the page is hidden or left first, when a board is opened (startGame
  // calls savePending first), or when the store is disposed.
  const stopWatching = store.subscribe((state, before) => {
    if ((state.game === before.game && state.progress.settings.coach === before.progress.settings.coach) || unsaved) return;
    unsaved = true;
    ctx.afterPaint(save);
  });
  const page = typeof document === 'object' ? document : null;
  page?.addEventListener('visibilitychange', save);
  page?.defaultView?.addEventListener('pagehide', save);
  const stopSaving = (): void => {
    save();
    stopWatching();
    page?.removeEventListener('visibilitychange', save);
    page?.defaultView?.removeEventListener('pagehide', save);
  };
  queueMicrotask(() => {
    finishIfSolved(ctx);
    askPar(ctx);
    void askCurrent(ctx);
  });
  return store;
}
