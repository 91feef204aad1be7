/**
 * The app's leaderboards, loaded after the board: the API client (on the page's own origin, or
 * at the address the build was given in VITE_TRIPEBBLE_API) and the store's online controller
 * for the app's game store, with the player kept in localStorage. Lazily imported by
 * OnlineApp.tsx; nothing here is in the first load.
 */
import { createOnlineClient, newPlayerSecret } from '../online/client';
import type { GameStore } from '../store';
import { createOnlineController } from '../store/online';
import type { OnlineController } from '../store/online';

/** Where the API is: `api/…` below this address. */
export function apiBase(page: string, configured: string | undefined): string {
  return configured ? new URL(configured, page).href : page;
}

function localStorageOrNull(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function connectOnline(game: GameStore): OnlineController {
  const base = apiBase(location.href, import.meta.env.VITE_TRIPEBBLE_API);
  return createOnlineController({
    game,
    client: createOnlineClient({ base }),
    storage: localStorageOrNull(),
    newSecret: newPlayerSecret,
    sameOrigin: new URL(base).origin === location.origin,
  });
}
