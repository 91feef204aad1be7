/**
 * Watches one running call to the solver worker for signs of life: a heartbeat (a ping every
 * `heartbeatMs`, answered by the worker between slices of a solve), progress reports and answers
 * all count. Silence for `silenceMs` from a worker that has not answered yet means it is dead or
 * never started; a worker that has answered gets `busySilenceMs`, since it may be deep in one
 * long slice of a hard board. A call that computes without pausing (generation) cannot answer
 * pings: once the worker has shown it is alive, such a call gets a deadline instead. Timers
 * only, no worker code: the client owns what happens next.
 */

export interface WatchOptions {
  /** Sends a ping; its answer must call the watch's alive(). */
  readonly ping: () => void;
  /** The worker stayed silent (or the call passed its deadline); called at most once. */
  readonly onSilent: () => void;
  readonly heartbeatMs: number;
  /** How long a worker that has not answered yet may stay silent. */
  readonly silenceMs: number;
  /** How long a worker that has answered may stay silent (a slice of search can be long on a slow phone). */
  readonly busySilenceMs: number;
  /** For a call that cannot answer pings while it runs: how long it may take once the worker is known alive. */
  readonly deadlineMs: number | null;
  /** The worker has answered before this call, so it is known alive. */
  readonly heard: boolean;
  /** A monotonic clock in milliseconds. */
  readonly now: () => number;
}

export interface Watch {
  /** A sign of life: an answer to a ping, a progress report, any answer. */
  alive(): void;
  stop(): void;
}

export function watchWorker(options: WatchOptions): Watch {
  const { heartbeatMs, deadlineMs, now } = options;
  let heard = options.heard;
  const silence = (): number => (heard ? options.busySilenceMs : options.silenceMs);
  let stopped = false;
  /** On its deadline: no more pings, and signs of life no longer matter. */
  let onDeadline = false;
  let silenceTimer: ReturnType<typeof setTimeout> | undefined;
  let beat: ReturnType<typeof setTimeout> | undefined;

  function stop(): void {
    stopped = true;
    clearTimeout(silenceTimer);
    clearTimeout(beat);
  }

  /** Judges the worker silent `ms` from now, unless a sign of life comes first. */
  function arm(ms: number): void {
    clearTimeout(silenceTimer);
    const due = now() + ms;
    silenceTimer = setTimeout(() => {
      if (stopped) return;
      // Fired late: this page's own thread was busy, and the worker's answers may be waiting
      // behind this timer. Give them one more period rather than blame the worker.
      if (!onDeadline && now() - due > heartbeatMs) {
        options.ping();
        arm(silence());
        return;
      }
      stop();
      options.onSilent();
    }, ms);
  }

  function heartbeat(): void {
    beat = setTimeout(() => {
      if (stopped || onDeadline) return;
      options.ping();
      heartbeat();
    }, heartbeatMs);
  }

  function toDeadline(ms: number): void {
    onDeadline = true;
    clearTimeout(beat);
    arm(ms);
  }

  if (deadlineMs !== null && options.heard) {
    toDeadline(deadlineMs);
  } else {
    arm(silence());
    options.ping();
    heartbeat();
  }

  return {
    alive() {
      heard = true;
      if (stopped || onDeadline) return;
      if (deadlineMs !== null) toDeadline(deadlineMs);
      else arm(silence());
    },
    stop,
  };
}
