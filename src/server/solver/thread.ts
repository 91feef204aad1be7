/**
 * The body of a solver thread (worker_threads): answers each `{id, plates, pebbles}` with the
 * board's distance to solved from the solver's `measure`, one at a time, and says `ready` once
 * the solver is loaded and warm. Solver and levels only; the pool (pool.ts) owns its life.
 */
import { parentPort } from 'node:worker_threads';
import { LEVELS } from '../../levels';
import { measure } from '../../solver';
import type { FromThread, ToThread } from './messages';

const port = parentPort;
if (!port) throw new Error('src/server/solver/thread.ts runs as a worker thread only');

// One solve first, so that the solver's tables exist before any time limit runs.
measure(LEVELS[0]!);

port.on('message', (job: ToThread) => {
  let answer: FromThread;
  try {
    answer = { id: job.id, par: measure({ plates: job.plates, pebbles: job.pebbles }).distance };
  } catch (error) {
    answer = { id: job.id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(answer);
});
port.postMessage({ ready: true } satisfies FromThread);
