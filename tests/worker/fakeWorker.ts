/**
 * A stand-in for a Web Worker in Node: a MessageChannel with a comlink-exposed API on the far
 * end, so the client's real comlink traffic runs, and terminate() closes both ports.
 */
import { expose } from 'comlink';

export interface FakeWorker {
  readonly worker: Worker;
  terminated: boolean;
  /** Fires an 'error' event, as a worker that fails to load or crashes does. */
  crash(): void;
}

export function fakeWorker(api: object): FakeWorker {
  const { port1, port2 } = new MessageChannel();
  expose(api, port2);
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
