/**
 * The main thread's handle on one solver worker. Starts the worker lazily, sends one call at a
 * time, passes a solve's progress on, watches the running call (watchdog.ts: a heartbeat, so a
 * dead or silent worker is found within seconds while a long solve that answers is left alone),
 * restarts a worker that failed and retries the call once, gives up on every waiting call when
 * two workers in a row never answered, cancels a running call by asking the worker to stop
 * (terminating it when it does not stop soon), may release an idle worker, and settles every
 * promise it hands out. Errors carry developer detail; ui/messages words them for players.
 * Knows no worker file: each entry says how its worker starts. Must not import solver runtime
 * code: only types cross into the main bundle.
 */
import { proxy, wrap } from 'comlink';
import type { Remote } from 'comlink';
import type { SolveProgress } from '../solver/types';
import type { GenerateRequest, SolverApi } from './api';
import type { SolverClient, SolverClientOptions } from './calls';
import { SolverError } from './calls';
import type { Watch } from './watchdog';
import { watchWorker } from './watchdog';

export type { CallOptions, GenerateRequest, SolveCallOptions, SolverClient, SolverClientOptions, SolverErrorKind } from './calls';
export { SolverError } from './calls';

type Method = 'solve' | 'generate' | 'warmUp';

/**
 * One call, waiting or running. Its closure knows the call's types, so the queue holds no casts:
 * `run` calls the worker and resolves with a function that hands the answer to the caller.
 */
interface Job {
  readonly method: Method;
  /** `alive()` counts a sign of life and says whether this call is still the one running. */
  readonly run: (api: Remote<SolverApi>, alive: () => boolean) => Promise<() => void>;
  readonly reject: (error: SolverError) => void;
  /** For a call that cannot answer pings: its deadline once the worker is known alive. */
  readonly deadlineMs: number | null;
  detach: () => void;
  /** Runs so far that ended with the worker failing. */
  failures: number;
  /** The caller cancelled it while it ran: the worker was asked to stop. */
  cancelled: boolean;
}

const HEARTBEAT_MS = 300;
const SILENCE_MS = 1_500;
/**
 * A worker deep in a solve answers between slices. The longest slice measured over the bench's
 * hard, adversarial and odd-layout boards is 0.14 s on a desktop core: fourteen times that still
 * fits, and a dead worker is still found within about 2 s.
 */
const BUSY_SILENCE_MS = 2_000;
const CANCEL_GRACE_MS = 1_000;
/** Generation measures many boards without a pause: a few seconds, more for longer boards on slow phones. */
const generateDeadline = (request: GenerateRequest): number => 5_000 + 1_000 * Math.max(0, request.distance);

function noWorker(): Worker {
  throw new Error('no worker factory given');
}

const cancelled = (): SolverError => new SolverError('cancelled', 'request cancelled');
const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Creates a client; no worker starts until the first call. */
export function createSolverClient(options: SolverClientOptions = {}): SolverClient {
  const createWorker = options.createWorker ?? noWorker;
  const heartbeatMs = options.heartbeatMs ?? HEARTBEAT_MS;
  const silenceMs = options.silenceMs ?? SILENCE_MS;
  const busySilenceMs = options.busySilenceMs ?? BUSY_SILENCE_MS;
  const generateMs = options.generateMs ?? generateDeadline;
  const cancelGraceMs = options.cancelGraceMs ?? CANCEL_GRACE_MS;
  const now = options.now ?? (() => performance.now());
  const queue: Job[] = [];
  let worker: Worker | null = null;
  let remote: Remote<SolverApi> | null = null;
  let running: Job | null = null;
  let watch: Watch | null = null;
  let grace: ReturnType<typeof setTimeout> | undefined;
  let idle: ReturnType<typeof setTimeout> | undefined;
  /** Bumped whenever a worker stops: anything from an older worker is ignored. */
  let generation = 0;
  /** The current worker has answered something. */
  let heard = false;
  /** Workers in a row that failed without ever answering. */
  let silentFailures = 0;
  let warm: Promise<void> | null = null;
  let disposed = false;

  function stopWorker(): void {
    clearTimeout(grace);
    clearTimeout(idle);
    watch?.stop();
    watch = null;
    worker?.terminate();
    worker = null;
    remote = null;
    running = null;
    heard = false;
    warm = null;
    generation++;
  }

  function signOfLife(gen: number): void {
    if (gen !== generation) return;
    heard = true;
    silentFailures = 0;
    watch?.alive();
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

  function giveUp(job: Job): void {
    job.detach();
    job.reject(new SolverError('unavailable', `the solver worker did not answer (${job.method}), restarted once`));
  }

  /** The worker died or went silent: restart it, retry the running call once, or give up. */
  function failRunning(): void {
    const job = running;
    const silent = !heard;
    stopWorker();
    if (job && !job.cancelled) {
      job.failures++;
      silentFailures = silent ? silentFailures + 1 : 1;
      if (silentFailures >= 2) {
        // Two workers in a row never answered: everything waiting would meet the same fate.
        silentFailures = 0;
        for (const waiting of [job, ...queue.splice(0)]) giveUp(waiting);
      } else if (job.failures > 1) {
        giveUp(job);
      } else {
        queue.unshift(job);
      }
    }
    pump();
  }

  function finish(): void {
    running?.detach();
    running = null;
    watch?.stop();
    watch = null;
    clearTimeout(grace);
  }

  function releaseWhenIdle(): void {
    clearTimeout(idle);
    if (options.idleMs === undefined || !worker) return;
    idle = setTimeout(() => {
      if (!running && queue.length === 0) stopWorker();
    }, options.idleMs);
  }

  function pump(): void {
    if (disposed || running) return;
    const job = queue.shift();
    if (!job) return releaseWhenIdle();
    clearTimeout(idle);
    let api: Remote<SolverApi>;
    try {
      api = startWorker();
    } catch (error) {
      job.detach();
      job.reject(new SolverError('unavailable', `no solver worker could be started: ${messageOf(error)}`));
      return pump();
    }
    running = job;
    const gen = generation;
    // First the watch, whose first ping reaches the worker before a call that may not pause.
    watch = watchWorker({
      ping: () =>
        void api.ping().then(
          () => signOfLife(gen),
          () => undefined,
        ),
      onSilent: () => {
        if (gen === generation && running === job) failRunning();
      },
      heartbeatMs,
      silenceMs,
      busySilenceMs,
      deadlineMs: job.deadlineMs,
      heard,
      now,
    });
    const current = (): boolean => gen === generation && running === job && !job.cancelled;
    const alive = (): boolean => {
      signOfLife(gen);
      return current();
    };
    job.run(api, alive).then(
      (deliver) => {
        if (gen !== generation || running !== job) return;
        signOfLife(gen);
        finish();
        if (!job.cancelled) deliver();
        pump();
      },
      (error: unknown) => {
        if (gen !== generation || running !== job) return;
        signOfLife(gen);
        finish();
        job.reject(new SolverError('failed', messageOf(error)));
        pump();
      },
    );
  }

  /** Asks the worker to stop the running call; the worker stays (and stays warm) unless it does not stop soon. */
  function cancelRunning(job: Job): void {
    job.cancelled = true;
    watch?.stop();
    remote?.cancel().catch(() => undefined);
    const gen = generation;
    clearTimeout(grace);
    grace = setTimeout(() => {
      if (gen !== generation || running !== job) return;
      stopWorker();
      pump();
    }, cancelGraceMs);
  }

  function abort(job: Job): void {
    job.detach();
    const index = queue.indexOf(job);
    if (index >= 0) queue.splice(index, 1);
    else if (running === job) cancelRunning(job);
    job.reject(cancelled());
    pump();
  }

  function enqueue<T>(
    method: Method,
    call: (api: Remote<SolverApi>, alive: () => boolean) => Promise<T>,
    signal?: AbortSignal,
    deadlineMs: number | null = null,
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (disposed || signal?.aborted) return reject(cancelled());
      const job: Job = {
        method,
        run: (api, alive) => call(api, alive).then((value) => () => resolve(value)),
        reject,
        deadlineMs,
        detach: () => undefined,
        failures: 0,
        cancelled: false,
      };
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
    solve(board, callOptions) {
      const listener = callOptions?.onProgress;
      return enqueue(
        'solve',
        (api, alive) =>
          api.solve(
            board.plates,
            board.pebbles,
            proxy((progress: SolveProgress) => {
              if (alive()) listener?.(progress);
            }),
          ),
        callOptions?.signal,
      );
    },
    generate: (request, callOptions) =>
      enqueue('generate', (api) => api.generate({ ...request }), callOptions?.signal, generateMs(request)),
    warmUp() {
      if (warm) return warm;
      const warming: Promise<void> = enqueue('warmUp', (api) => api.warmUp()).then(
        () => undefined,
        (error: unknown) => {
          if (warm === warming) warm = null; // the next call tries again
          throw error;
        },
      );
      warm = warming;
      return warming;
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      const pending = running ? [running, ...queue] : [...queue];
      queue.length = 0;
      stopWorker();
      for (const job of pending) {
        job.detach();
        job.reject(cancelled());
      }
    },
  };
}
