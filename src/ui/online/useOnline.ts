/**
 * How the leaderboard screens reach their controller: suspends until it has loaded (the nearest
 * Suspense shows meanwhile), then gives it, or null when there are no leaderboards here. And the
 * selector hook that reads its state.
 */
import { use, useContext } from 'react';
import { useStore } from 'zustand';
import type { OnlineController, OnlineState } from '../../store/online';
import { OnlineContext } from './context';

const NONE: Promise<null> = Promise.resolve(null);

export function useOnline(): OnlineController | null {
  return use(useContext(OnlineContext) ?? NONE);
}

/** Reads one value of the leaderboards' state; the component re-renders when it changes. */
export function useOnlineState<T>(online: OnlineController, selector: (state: OnlineState) => T): T {
  return useStore(online.state, selector);
}
