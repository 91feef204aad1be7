/**
 * Hands the app's leaderboard controller to the leaderboard screens. The value is a promise,
 * since the controller loads after the board, resolving to null where it could not load; no
 * value at all (embedded boards, most tests) means no leaderboards. Part of the first load, so
 * it holds nothing but the context.
 */
import { createContext } from 'react';
import type { OnlineController } from '../../store/online';

export const OnlineContext = createContext<Promise<OnlineController | null> | null>(null);
