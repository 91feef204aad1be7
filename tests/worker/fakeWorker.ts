/**
 * A stand-in for a Web Worker in Node: a MessageChannel with a comlink-exposed API on the far
 * end, so the client's real comlink traffic runs, and terminate() closes both ports. `SILENT`
 * instead of an API gives a worker that never answers anything (a hung or dead one).
 */
import { expose } from 'comlink';
import { vi } from 'vitest';
import type { SolverClientOptions } from '../../src/worker/client';
import { SolverError, createSolverClient } from '../../src/worker/client';

export interface FakeWorker {
  readonly worker: Worker;
  terminated: boolean;
  /** Fires an 'error' event, as a worker that fails to load or crashes does. */
  crash(): void;
}

/** A worker that takes every message and never answers. */
export const SILENT = Symbol('silent worker');

export function fakeWorker(api: object | typeof SILENT): FakeWorker {
  const { port1, port2 } = new MessageChannel();
  if (api !== SILENT) expose(api, port2);
  const errors = new EventTarget();
  const fake: FakeWorker = {
    terminated: false,
    worker: {
      postMessage: (message: unknown, transfer?: Transferable[]) => port1.postMessage(message, transfer ?? []),
      addEventListener: (type: string, listener: EventListener) => (type === 'error' ? errors : port1).addEventListener(type, listener),
      removeEventListener: (type: string, listener: EventListener) =>
        (type === 'error' ? errors : port1).removeEventListener(type, listener),
      start: () => port1.start(),
      terminate: () => {
        fake.terminated = true;
        port1.close();
        port2.close();
      },
    } as unknown as Worker,
    crash: () => errors.dispatchEvent(new Event('error')),
  };
  return fake;
}

/** A promise with its resolve function outside, for calls that finish when a test says so. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * A solver client over fake workers: `apis[i]` serves the i-th worker started (the last one
 * repeats), answering pings unless it says otherwise. Returns the workers started so far, and the factory to count them.
 */
export function clientOver(apis: (object | typeof SILENT)[], options: Omit<SolverClientOptions, 'createWorker'> = {}) {
  const workers: FakeWorker[] = [];
  const createWorker = vi.fn(() => {
    const api = apis[Math.min(workers.length, apis.length - 1)]!;
    // A live worker answers the heartbeat; an API may say otherwise with its own ping.
    const fake = fakeWorker(api === SILENT ? api : { ping: () => true, ...api });
    workers.push(fake);
    return fake.worker;
  });
  const client = createSolverClient({ createWorker, cancelGraceMs: 50, ...options });
  return { client, workers, createWorker };
}

/** Whether a call resolved, or the kind of SolverError it was rejected with ('other' for anything else). */
export async function kindOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return error instanceof SolverError ? error.kind : 'other';
  }
}
