/**
 * The page's one solver for all its boards, loaded after the boards are on screen: embed.mjs
 * imports this module as a chunk, embed.js loads it as a classic script (solver-script.ts).
 * Holds the pool (worker/pool.ts) with comlink and the client, none of which the first load
 * needs. The worker starts from a URL next to the embed's script.
 */
import type { SolverClient } from '../worker/client';
import type { SolverPool } from '../worker/pool';
import { createSolverPool } from '../worker/pool';
import { createWorkerFactory } from './worker-url';

let pool: SolverPool | null = null;

/** A client for one board, on the page's shared solver (made on the first call, with the worker at `workerUrl`). */
export function connect(workerUrl: URL): SolverClient {
  pool ??= createSolverPool({ createWorker: createWorkerFactory(workerUrl) });
  return pool.connect();
}
