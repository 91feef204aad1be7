/**
 * What the app starts once its first board is up, loaded then (none of it is needed to draw
 * the board): the router (history entries for boards and views), then, in a task of its own at
 * an idle moment, the saved data's reader (store/saved: the stats, what damaged data was lost,
 * version 1 migrated), which also follows other tabs through the browser's `storage` event and
 * remembers the board played last. Two short tasks on a phone instead of one long one. And,
 * a step per idle moment, the unseen rehearsal of a move (board/rehearse.tsx), so that the
 * player's first move runs compiled code: on a first visit once the first-run guide is closed,
 * as no move is made on the board before (and the first load's tasks are then behind).
 */
import type { GameStore } from '../../store';
import { whenState } from '../../store';
import type * as SavedReader from '../../store/saved/load';
import { whenIdle } from '../afterPaint';
import { rehearseMove } from '../board/rehearse';
import { savedNoticeText } from '../messages/panels';
import type { Notice } from '../../store';
import type { Router, View } from './router';
import { browserHistory, createRouter } from './router';

/** Other tabs' changes to localStorage: the key, or null when it was cleared. */
function watchLocalStorage(onChange: (key: string | null) => void): () => void {
  const listener = (event: StorageEvent): void => {
    if (event.storageArea === localStorage) onChange(event.key);
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}

/** The saved data's reader, loaded once (its schemas with it) and shared by every app started. */
let reader: Promise<typeof SavedReader> | undefined;
const loadReader = (): Promise<typeof SavedReader> =>
  (reader ??= import('../../store/saved/load').catch((error: unknown) => {
    reader = undefined; // not cached (offline): the next app started asks again
    throw error;
  }));

/**
 * Starts the saved data's reader for `store` at an idle moment once its module is loaded (its
 * evaluation and its first read are then two tasks). Returns how to stop it, before or after.
 */
function startReader(store: GameStore): () => void {
  let stop: (() => void) | null = null;
  let stopped = false;
  loadReader().then(
    ({ loadSaved, rememberBoard }) =>
      whenIdle(() => {
        if (stopped) return;
        const stopFollowing = loadSaved(store, watchLocalStorage);
        const stopRemembering = rememberBoard(store);
        stop = () => {
          stopFollowing();
          stopRemembering();
        };
      }),
    () => undefined, // offline before it was cached: the game plays on; its saves are still written
  );
  return () => {
    stopped = true;
    stop?.();
  };
}

/** Rehearses a move on the board shown once the first-run guide has been seen. Returns how to stop it. */
function rehearseWhenPlayable(store: GameStore): () => void {
  let stopRehearsal: (() => void) | null = null;
  const stopWaiting = whenState(
    store,
    (state) => state.progress.settings.guideSeen,
    ({ game, progress }) => (stopRehearsal = rehearseMove(game.board, progress.settings.palette)),
  );
  return () => {
    stopWaiting();
    stopRehearsal?.();
  };
}

export interface Later {
  readonly router: Router;
  /** The app's notice words, with all that the saved-data reader can report. */
  readonly noticeText: (notice: Notice) => string;
  stop(): void;
}

/** Starts the router (on the view `shown` on screen now) and, soon after, the saved data's reader. */
export function startLater(store: GameStore, onView: (view: View) => void, shown: View): Later {
  const router = createRouter(store, browserHistory(), onView, shown);
  const stopReader = startReader(store);
  const stopRehearsal = rehearseWhenPlayable(store);
  return {
    router,
    noticeText: savedNoticeText,
    stop() {
      router.dispose();
      stopReader();
      stopRehearsal();
    },
  };
}
