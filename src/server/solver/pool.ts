/**
 * The server's solver pool: boards' pars worked out on worker threads, so that a hard board never
 * stalls the event loop. Threads start when first needed and are reused; each solves one board at
 * a time; requests for a board already being solved share its answer; a solve over the time limit
 * fails with SolveTimeout and its thread is ended (a new one starts for the next board). A bounded
 * queue: past it, SolverBusy. Node's worker_threads only; the solving is thread.ts's.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Board } from '../../engine';
import type { FromThread, ToThread } from './messages';

/** A solve took longer than the pool's time limit; its thread was ended. */
export class SolveTimeout extends Error {
  override name = 'SolveTimeout';
}

/** More boards are waiting than the pool keeps in line. */
export class SolverBusy extends Error {
  override name = 'SolverBusy';
}

export interface SolverPoolOptions {
  /** Threads, 1–2 (default: 2 on machines with 3 or more cores, else 1, so the event loop keeps one). */
  readonly size?: number;
  /** How long one solve may run on its thread, in ms (default 5 s). */
  readonly timeLimit?: number;
  /** Boards that may wait for a thread (default 16). */
  readonly maxQueued?: number;
  /** The thread's entry (default thread.mjs; tests give one that fails). */
  readonly thread?: URL;
}

export interface SolverPool {
  /** The board's distance to solved, from a thread. */
  par(board: Board): Promise<number>;
  /** Whether a solve of this board is queued or running (for tests and the benchmark). */
  solving(board: Board): boolean;
  /** Boards sent to a thread, solves ended by the time limit and threads started, so far. */
  counts(): { readonly solves: number; readonly timeouts: number; readonly threads: number };
  readonly timeLimit: number;
  /** Ends the threads; pending solves fail. */
  close(): Promise<void>;
}

interface Job {
  readonly id: number;
  readonly key: string;
  readonly board: Board;
  resolve(par: number): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker | null;
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

const THREAD = new URL('./thread.mjs', import.meta.url);

export const DEFAULT_TIME_LIMIT = 5_000;

function keyOf(board: Board): string {
  return `${board.plates}/${board.pebbles}`;
}

export function createSolverPool(options: SolverPoolOptions = {}): SolverPool {
  const size = Math.min(2, Math.max(1, options.size ?? availableParallelism() - 1));
  const timeLimit = options.timeLimit ?? DEFAULT_TIME_LIMIT;
  const maxQueued = options.maxQueued ?? 16;
  const thread = options.thread ?? THREAD;
  const slots: Slot[] = Array.from({ length: size }, () => ({ worker: null, ready: false, job: null, timer: null }));
  const queue: Job[] = [];
  const inFlight = new Map<string, Promise<number>>();
  let nextId = 1;
  let closed = false;
  const counted = { solves: 0, timeouts: 0, threads: 0 };

  /** Ends a slot's thread and fails its job, if any; the next dispatch starts a new thread. */
  function end(slot: Slot, error: Error): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const { worker, job } = slot;
    slot.worker = null;
    slot.ready = false;
    slot.job = null;
    if (worker) {
      worker.removeAllListeners();
      // An error after this point (the thread dying on its way out) is of no interest.
      worker.on('error', () => {});
      void worker.terminate();
    }
    job?.reject(error);
  }

  function start(slot: Slot): void {
    const worker = new Worker(thread);
    counted.threads++;
    worker.unref();
    slot.worker = worker;
    worker.on('message', (message: FromThread) => {
      if ('ready' in message) {
        slot.ready = true;
      } else if (slot.job && message.id === slot.job.id) {
        const job = slot.job;
        if (slot.timer) clearTimeout(slot.timer);
        slot.timer = null;
        slot.job = null;
        if ('par' in message) job.resolve(message.par);
        else job.reject(new Error(`the solver failed on ${job.key}: ${message.error}`));
      }
      dispatch();
    });
    const failed = (error: Error) => {
      const started = slot.ready;
      end(slot, error);
      // A thread that cannot even start would fail every waiting board the same way.
      if (!started) for (const job of queue.splice(0)) job.reject(error);
      dispatch();
    };
    worker.on('error', (error) => failed(new Error(`the solver thread failed: ${error.message}`, { cause: error })));
    worker.on('exit', (code) => failed(new Error(`the solver thread exited with status ${code}`)));
  }

  function dispatch(): void {
    if (closed) return;
    for (const slot of slots) {
      if (queue.length === 0) return;
      if (!slot.worker) start(slot);
      if (!slot.ready || slot.job) continue;
      const job = queue.shift()!;
      slot.job = job;
      counted.solves++;
      slot.timer = setTimeout(() => {
        counted.timeouts++;
        end(slot, new SolveTimeout(`solving ${job.key} took longer than ${timeLimit} ms`));
        // Its replacement starts at once (a thread takes a second or so to load), and takes the
        // boards waiting behind it.
        if (!closed) start(slot);
        dispatch();
      }, timeLimit);
      slot.timer.unref();
      const message: ToThread = { id: job.id, plates: job.board.plates, pebbles: job.board.pebbles };
      slot.worker!.postMessage(message);
    }
  }

  return {
    timeLimit,
    par(board) {
      const key = keyOf(board);
      const shared = inFlight.get(key);
      if (shared) return shared;
      if (closed) return Promise.reject(new Error('the solver pool is closed'));
      if (queue.length >= maxQueued) return Promise.reject(new SolverBusy(`${queue.length} boards are waiting for the solver`));
      const answer = new Promise<number>((resolve, reject) => {
        queue.push({ id: nextId++, key, board: { plates: board.plates, pebbles: board.pebbles }, resolve, reject });
      });
      inFlight.set(key, answer);
      const forget = () => inFlight.delete(key);
      answer.then(forget, forget);
      dispatch();
      return answer;
    },
    solving: (board) => inFlight.has(keyOf(board)),
    counts: () => ({ ...counted }),
    async close() {
      closed = true;
      const error = new Error('the server is shutting down');
      for (const job of queue.splice(0)) job.reject(error);
      const workers = slots.map((slot) => slot.worker).filter((w) => w !== null);
      for (const slot of slots) end(slot, error);
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
