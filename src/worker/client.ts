/**
 * The main thread's handle on the solver worker. Starts the worker lazily, sends one call at a
 * time, passes a solve's progress on (each report also shows the worker is alive), cancels a
 * running call by asking the worker to stop (and terminates and restarts it when it does not
 * stop soon), restarts and retries once when a call hangs or the worker dies, and settles every
 * promise it hands out.
 * Knows no worker file: each entry (the app, embed.js) says how its worker starts.
 * Must not import solver runtime code: only types cross into the main bundle.
 */
import { proxy, wrap } from 'comlink';
import type { Remote } from 'comlink';
import type { Board } from '../engine';
import type { SolveProgress, SolveResult } from '../solver/types';
import type { GenerateRequest, SolverApi } from './api';

export type { GenerateRequest } from './api';

/** Why a call failed: cancelled by its caller, the worker gave up twice, or the solver threw. */
export type SolverErrorKind = 'cancelled' | 'unavailable' | 'failed';

export class SolverError extends Error {
  constructor(
    readonly kind: SolverErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'SolverError';
  }
}

export interface CallOptions {
  /** Aborting cancels the call: it is rejected with a SolverError of kind 'cancelled'. */
  readonly signal?: AbortSignal;
}

export interface SolveCallOptions extends CallOptions {
  /** Called every few hundred milliseconds while a long solve runs. */
  readonly onProgress?: (progress: SolveProgress) => void;
}

export interface SolverClient {
  solve(board: Board, options?: SolveCallOptions): Promise<SolveResult>;
  generate(request: GenerateRequest, options?: CallOptions): Promise<Board>;
  warmUp(): Promise<void>;
  dispose(): void;
}

export interface SolverClientOptions {
  /** Starts the solver worker. Without it, as without Worker support, every call is 'unavailable'. */
  readonly createWorker?: () => Worker;
  /**
   * How long one call may go without an answer or a progress report before the worker counts as
   * hung (generate, which reports no progress, gets three times this).
   */
  readonly timeoutMs?: number;
  /** How long a cancelled call may take to stop before the worker is terminated and restarted. */
  readonly cancelGraceMs?: number;
}

type Method = 'solve' | 'generate' | 'warmUp';

interface Job {
  readonly method: Method;
  readonly args: unknown[];
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: SolverError) => void;
  readonly signal: AbortSignal | undefined;
  readonly onProgress: ((progress: SolveProgress) => void) | undefined;
  tries: number;
  /** Set when the caller cancelled it while it ran: the worker was asked to stop. */
  cancelled?: boolean;
  detach?: () => void;
}

const DEFAULT_TIMEOUT_MS = 20_000;
const DEFAULT_CANCEL_GRACE_MS = 1_000;
const UNAVAILABLE = 'The puzzle helper stopped responding. Please try again.';
const NO_WORKER = 'This browser could not start the puzzle helper, so hints and par are not available. You can still play.';

function noWorker(): Worker {
  throw new Error('no worker factory given');
}

function cancelled(): SolverError {
  return new SolverError('cancelled', 'request cancelled');
}

/** Creates a client; no worker starts until the first call. */
export function createSolverClient(options: SolverClientOptions = {}): SolverClient {
  const createWorker = options.createWorker ?? noWorker;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const cancelGraceMs = options.cancelGraceMs ?? DEFAULT_CANCEL_GRACE_MS;
  const queue: Job[] = [];
  let worker: Worker | null = null;
  let remote: Remote<SolverApi> | null = null;
  let running: Job | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  let disposed = false;

  function stopWorker(): void {
    clearTimeout(timer);
    worker?.terminate();
    worker = null;
    remote = null;
    running = null;
    generation++;
  }

  function startWorker(): Remote<SolverApi> {
    if (remote) return remote;
    const started = createWorker();
    const gen = generation;
    started.addEventListener('error', (event) => {
      event.preventDefault?.();
      if (gen === generation) failRunning();
    });
    worker = started;
    remote = wrap<SolverApi>(started);
    return remote;
  }

  function finish(job: Job): void {
    job.detach?.();
    running = null;
    clearTimeout(timer);
  }

  /** The running call hung or its worker died: restart, and retry it once before giving up. */
  function failRunning(): void {
    const job = running;
    stopWorker();
    if (job && !job.cancelled) {
      job.tries++;
      if (job.tries > 1) {
        job.detach?.();
        job.reject(new SolverError('unavailable', UNAVAILABLE));
      } else {
        queue.unshift(job);
      }
    }
    pump();
  }

  function pump(): void {
    if (disposed || running || queue.length === 0) return;
    const job = queue.shift()!;
    let api: Remote<SolverApi>;
    try {
      api = startWorker();
    } catch {
      job.detach?.();
      job.reject(new SolverError('unavailable', NO_WORKER));
      pump();
      return;
    }
    running = job;
    const gen = generation;
    const limit = job.method === 'generate' ? timeoutMs * 3 : timeoutMs;
    const watch = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (gen === generation && running === job) failRunning();
      }, limit);
    };
    watch();
    const call = api[job.method] as (...args: unknown[]) => Promise<unknown>;
    const listener = job.onProgress;
    const args =
      listener === undefined
        ? job.args
        : [
            ...job.args,
            proxy((progress: SolveProgress) => {
              if (gen !== generation || running !== job || job.cancelled) return;
              watch(); // alive: a long solve is not a hung one
              listener(progress);
            }),
          ];
    call(...args).then(
      (value) => {
        if (gen !== generation || running !== job) return;
        finish(job);
        job.resolve(value);
        pump();
      },
      (error: unknown) => {
        if (gen !== generation || running !== job) return;
        finish(job);
        job.reject(new SolverError('failed', error instanceof Error ? error.message : String(error)));
        pump();
      },
    );
  }

  /** Asks the worker to stop the running call; the worker stays (and stays warm) unless it does not stop soon. */
  function cancelRunning(job: Job): void {
    job.cancelled = true;
    remote?.cancel().catch(() => undefined);
    const gen = generation;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (gen !== generation || running !== job) return;
      stopWorker();
      pump();
    }, cancelGraceMs);
  }

  function abort(job: Job): void {
    job.detach?.();
    const index = queue.indexOf(job);
    if (index >= 0) queue.splice(index, 1);
    else if (running === job) cancelRunning(job);
    job.reject(cancelled());
    pump();
  }

  function enqueue<T>(method: Method, args: unknown[], signal?: AbortSignal, onProgress?: (progress: SolveProgress) => void): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (disposed || signal?.aborted) {
        reject(cancelled());
        return;
      }
      const job: Job = { method, args, resolve: resolve as (v: unknown) => void, reject, signal, tries: 0, onProgress };
      if (signal) {
        const onAbort = (): void => abort(job);
        signal.addEventListener('abort', onAbort, { once: true });
        job.detach = () => signal.removeEventListener('abort', onAbort);
      }
      queue.push(job);
      pump();
    });
  }

  return {
    solve: (board, callOptions) =>
      enqueue<SolveResult>('solve', [board.plates, board.pebbles], callOptions?.signal, callOptions?.onProgress),
    generate: (request, callOptions) => enqueue<Board>('generate', [{ ...request }], callOptions?.signal),
    warmUp: () => enqueue<number>('warmUp', []).then(() => undefined),
    dispose() {
      if (disposed) return;
      disposed = true;
      const pending = running ? [running, ...queue] : [...queue];
      queue.length = 0;
      stopWorker();
      for (const job of pending) {
        job.detach?.();
        job.reject(cancelled());
      }
    },
  };
}
