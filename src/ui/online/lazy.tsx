/**
 * The leaderboard screens as the app places them, each loaded on first use: the Leaderboards
 * panel (inside the app's own Suspense) and the win panel's offer. Part of the app's first load,
 * so it holds nothing but the lazy wrappers.
 */
import { Suspense, lazy } from 'react';
import { lazyPart } from '../lazyPart';

const screens = () => import('./index');

/** Loads the screens ahead of their first use (a failure is met again, and shown, when they render). */
export const preloadScreens = (): void => void screens().catch(() => undefined);

// A panel that cannot load says so in its place (lazyPart).
export const LeaderboardPanel = lazyPart(() => screens().then((m) => m.LeaderboardPanel));

// Without its code the win panel is as it is without a server: nothing to offer.
const SubmitScore = lazy(() =>
  screens().then(
    (m) => ({ default: m.SubmitScore }),
    () => ({ default: () => null }),
  ),
);

/** The offer to put a won game on its leaderboard, for the win panel. */
export function WinOffer() {
  return (
    <Suspense fallback={null}>
      <SubmitScore />
    </Suspense>
  );
}
