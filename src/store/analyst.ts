/**
 * Asks the solver client about boards for one game store: remembers answers by exact board,
 * shares one request between callers that ask about the same board, and cancels the running
 * request when a different board is asked about, unless that request is pinned (the start
 * board's par). Imports solver types only.
 */
import type { Board } from '../engine';
import type { SolveResult } from '../solver/types';
import type { SolverClient } from '../worker/client';
import { SolverError } from '../worker/client';
import { keyOf } from './score';

export interface Analyst {
  /** The answer for exactly this board, if known. */
  cached(board: Board): SolveResult | undefined;
  /** The answer for this board; null when a newer request cancelled it. */
  request(board: Board, options?: { pinned?: boolean }): Promise<SolveResult | null>;
  /** Cancels every request, pinned ones too. */
  cancel(): void;
}

interface InFlight {
  readonly key: string;
  readonly controller: AbortController;
  readonly promise: Promise<SolveResult | null>;
  pinned: boolean;
}

const CACHE_SIZE = 256;

export function createAnalyst(solver: SolverClient): Analyst {
  const cache = new Map<string, SolveResult>();
  const inFlight = new Map<string, InFlight>();

  function remember(key: string, result: SolveResult): void {
    cache.delete(key);
    cache.set(key, result);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }

  return {
    cached: (board) => cache.get(keyOf(board)),
    request(board, options = {}) {
      const key = keyOf(board);
      const hit = cache.get(key);
      if (hit) return Promise.resolve(hit);
      const running = inFlight.get(key);
      if (running) {
        running.pinned ||= options.pinned ?? false;
        return running.promise;
      }
      for (const other of [...inFlight.values()]) {
        if (other.pinned) continue;
        other.controller.abort();
        inFlight.delete(other.key);
      }
      const controller = new AbortController();
      const promise = solver.solve(board, { signal: controller.signal }).then(
        (result) => {
          remember(key, result);
          return result;
        },
        (error: unknown) => {
          if (error instanceof SolverError && error.kind === 'cancelled') return null;
          throw error;
        },
      );
      const mine: InFlight = { key, controller, promise, pinned: options.pinned ?? false };
      inFlight.set(key, mine);
      const clear = (): void => {
        if (inFlight.get(key) === mine) inFlight.delete(key);
      };
      promise.then(clear, clear);
      return promise;
    },
    cancel() {
      for (const request of inFlight.values()) request.controller.abort();
      inFlight.clear();
    },
  };
}
