/**
 * What the app starts once its first board is up, loaded then (none of it is needed to draw
 * the board): the router (history entries for boards and views) and the saved data's reader
 * (store/saved: the stats, what damaged data was lost, version 1 migrated), which also follows
 * other tabs through the browser's `storage` event and remembers the board played last.
 */
import type { GameStore } from '../../store';
import { loadSaved, rememberBoard } from '../../store/saved/load';
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

export interface Later {
  readonly router: Router;
  /** The app's notice words, with all that the saved-data reader can report. */
  readonly noticeText: (notice: Notice) => string;
  stop(): void;
}

/** Starts the router (on the view `shown` on screen now) and the saved data's reader. */
export function startLater(store: GameStore, onView: (view: View) => void, shown: View): Later {
  const router = createRouter(store, browserHistory(), onView, shown);
  const stopFollowing = loadSaved(store, watchLocalStorage);
  const stopRemembering = rememberBoard(store);
  return {
    router,
    noticeText: savedNoticeText,
    stop() {
      router.dispose();
      stopFollowing();
      stopRemembering();
    },
  };
}
