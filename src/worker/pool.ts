/**
 * One solver for every board of a page (the embed's <tripebble-board>s): a client per board
 * whose calls share two workers, one for solving and one for generating boards (so a long
 * generation never holds a hint up). Each worker starts on the first call that needs it, is
 * released after a while with no call and started again on demand. Boards asking about the same
 * board share one solve; a board's dispose() cancels its own calls only. Main-thread code over
 * client.ts; no solver runtime code.
 */
import type { Board } from '../engine';
import type { SolveProgress, SolveResult } from '../solver/types';
import type { SolverClient, SolverClientOptions } from './client';
import { SolverError, createSolverClient } from './client';

export interface SolverPoolOptions extends SolverClientOptions {
  readonly createWorker: () => Worker;
}

export interface SolverPool {
  /** A client for one board: its calls go to the shared workers; dispose() cancels only its own. */
  connect(): SolverClient;
}

/** How long a worker stays with nothing to do before it is released. */
const IDLE_MS = 30_000;

/** One solve that several boards wait for; cancelled when the last of them stops waiting. */
interface SharedSolve {
  readonly controller: AbortController;
  readonly result: Promise<SolveResult>;
  readonly listeners: Set<(progress: SolveProgress) => void>;
  askers: number;
}

const cancelled = (): SolverError => new SolverError('cancelled', 'request cancelled');

export function createSolverPool(options: SolverPoolOptions): SolverPool {
  const clientOptions = { idleMs: IDLE_MS, ...options };
  const solving = createSolverClient(clientOptions);
  const generating = createSolverClient(clientOptions);
  const shared = new Map<string, SharedSolve>();

  function share(board: Board): SharedSolve {
    const key = `${board.plates}/${board.pebbles}`;
    const known = shared.get(key);
    if (known) return known;
    const controller = new AbortController();
    const listeners = new Set<(progress: SolveProgress) => void>();
    const result = solving.solve(board, {
      signal: controller.signal,
      onProgress: (progress) => {
        for (const listener of listeners) listener(progress);
      },
    });
    const entry: SharedSolve = { controller, result, listeners, askers: 0 };
    const forget = (): void => {
      if (shared.get(key) === entry) shared.delete(key);
    };
    result.then(forget, forget);
    // A solve nobody waits for any more is forgotten at once, so a new question starts afresh.
    controller.signal.addEventListener('abort', forget, { once: true });
    shared.set(key, entry);
    return entry;
  }

  function solveShared(board: Board, signal: AbortSignal, onProgress?: (progress: SolveProgress) => void): Promise<SolveResult> {
    const entry = share(board);
    entry.askers++;
    if (onProgress) entry.listeners.add(onProgress);
    return new Promise<SolveResult>((resolve, reject) => {
      let waiting = true;
      const leave = (): boolean => {
        if (!waiting) return false;
        waiting = false;
        signal.removeEventListener('abort', onAbort);
        if (onProgress) entry.listeners.delete(onProgress);
        entry.askers--;
        return true;
      };
      const onAbort = (): void => {
        if (!leave()) return;
        if (entry.askers === 0) entry.controller.abort();
        reject(cancelled());
      };
      signal.addEventListener('abort', onAbort, { once: true });
      entry.result.then(
        (result) => leave() && resolve(result),
        (error: unknown) => leave() && reject(error),
      );
    });
  }

  return {
    connect() {
      const calls = new Set<AbortController>();
      let disposed = false;
      /** Runs a call under this board's own signal, so that dispose() can cancel it. */
      function tracked<T>(outer: AbortSignal | undefined, call: (signal: AbortSignal) => Promise<T>): Promise<T> {
        if (disposed || outer?.aborted) return Promise.reject(cancelled());
        const controller = new AbortController();
        const forward = (): void => controller.abort();
        outer?.addEventListener('abort', forward, { once: true });
        calls.add(controller);
        const done = (): void => {
          calls.delete(controller);
          outer?.removeEventListener('abort', forward);
        };
        const promise = call(controller.signal);
        promise.then(done, done);
        return promise;
      }
      return {
        solve: (board, callOptions) => tracked(callOptions?.signal, (signal) => solveShared(board, signal, callOptions?.onProgress)),
        generate: (request, callOptions) => tracked(callOptions?.signal, (signal) => generating.generate(request, { signal })),
        warmUp: () => (disposed ? Promise.reject(cancelled()) : solving.warmUp()),
        dispose() {
          disposed = true;
          for (const controller of [...calls]) controller.abort();
          calls.clear();
        },
      };
    },
  };
}
