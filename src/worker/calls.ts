/**
 * What callers of the solver client see: its calls and their options, how it is set up, and
 * its errors (kinds as data; the message is developer detail, ui/messages words the kinds for
 * players). Types and one error class; no comlink, no worker.
 */
import type { Board } from '../engine';
import type { SolveProgress, SolveResult } from '../solver/types';
import type { GenerateRequest } from './api';

export type { GenerateRequest } from './api';

/** Why a call failed: cancelled by its caller, no worker answered, or the solver threw. */
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
  /** Called every 65,536 nodes or so while a long solve runs. */
  readonly onProgress?: (progress: SolveProgress) => void;
}

export interface SolverClient {
  solve(board: Board, options?: SolveCallOptions): Promise<SolveResult>;
  generate(request: GenerateRequest, options?: CallOptions): Promise<Board>;
  /** Warms the worker's code up; once per worker, however often it is called. */
  warmUp(): Promise<void>;
  dispose(): void;
}

export interface SolverClientOptions {
  /** Starts the solver worker. Without it, as without Worker support, every call is 'unavailable'. */
  readonly createWorker?: () => Worker;
  /** How often a running call pings the worker. */
  readonly heartbeatMs?: number;
  /** How long a worker that has not answered yet may stay silent during a call before it counts as dead. */
  readonly silenceMs?: number;
  /** How long a worker that has answered may stay silent during a call before it counts as hung. */
  readonly busySilenceMs?: number;
  /** How long a generation may run once its worker is known alive (it cannot answer pings meanwhile). */
  readonly generateMs?: (request: GenerateRequest) => number;
  /** How long a cancelled call may take to stop before the worker is terminated and restarted. */
  readonly cancelGraceMs?: number;
  /** Releases the worker after this long with no call; the next call starts a new one. Never when left out. */
  readonly idleMs?: number;
  /** A monotonic clock in milliseconds (the watchdog's). */
  readonly now?: () => number;
}
