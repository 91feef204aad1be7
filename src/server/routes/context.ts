/**
 * What the API routes share: the store, boards' pars, the clock (tests move it), the rate-limit
 * setting of the routes that start and finish games and the limit on reads that need a solve.
 * Types only.
 */
import type { FastifyRequest } from 'fastify';
import type { Pars } from '../pars';
import type { Store } from '../store';

export interface RouteContext {
  readonly store: Store;
  readonly pars: Pars;
  /** Epoch milliseconds. */
  readonly now: () => number;
  /** The route config that rate-limits a route, or turns limiting off for it. */
  readonly rateLimit: { readonly rateLimit: { readonly max: number; readonly timeWindow: number } | false };
  /** Counts a read that needs a solve against its address; @throws ApiError 429 past the limit. */
  readonly limitSolve: (request: FastifyRequest) => Promise<void>;
}
