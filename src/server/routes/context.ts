/**
 * What the API routes share: the store, the clock (tests move it) and the rate-limit setting of
 * the routes that start and finish games. Types only.
 */
import type { Store } from '../store';

export interface RouteContext {
  readonly store: Store;
  /** Epoch milliseconds. */
  readonly now: () => number;
  /** The route config that rate-limits a route, or turns limiting off for it. */
  readonly rateLimit: { readonly rateLimit: { readonly max: number; readonly timeWindow: number } | false };
}
