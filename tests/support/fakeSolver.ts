/**
 * A SolverClient for tests without a Worker: answers with the real solver (test code may import
 * it), at once or only when the test calls flush(), and honours abort signals like the real
 * client. Records every board it was asked about.
 */
import type { Board } from '../../src/engine';
import { sameBoard } from '../../src/engine';
import { generate, solve } from '../../src/solver';
import type { SolveResult } from '../../src/solver/types';
import type { CallOptions, GenerateRequest, SolverClient } from '../../src/worker/client';
import { SolverError } from '../../src/worker/client';

interface Held {
  readonly board: Board;
  readonly signal: AbortSignal | undefined;
  readonly resolve: (r: SolveResult) => void;
  readonly reject: (e: unknown) => void;
}

export interface FakeSolver extends SolverClient {
  /** Every board asked about, in order. */
  readonly asked: Board[];
  /** Calls whose signal was aborted. */
  readonly cancelled: Board[];
  /** Calls still held back (manual mode). */
  pending(): number;
  /** Answers every held call; resolves once the answers are delivered. */
  flush(): Promise<void>;
  /** Answers the held calls about `board` only; resolves once the answers are delivered. */
  answer(board: Board): Promise<void>;
  /** The next calls fail with this error. */
  failWith(error: Error | null): void;
}

export function fakeSolver(options: { manual?: boolean } = {}): FakeSolver {
  const held: Held[] = [];
  const asked: Board[] = [];
  const cancelled: Board[] = [];
  let failure: Error | null = null;

  function watch(board: Board, callOptions: CallOptions | undefined, reject: (e: unknown) => void): boolean {
    const signal = callOptions?.signal;
    if (signal?.aborted) {
      cancelled.push(board);
      reject(new SolverError('cancelled', 'request cancelled'));
      return false;
    }
    signal?.addEventListener('abort', () => {
      cancelled.push(board);
      const i = held.findIndex((h) => h.board === board && h.signal === signal);
      if (i >= 0) held.splice(i, 1);
      reject(new SolverError('cancelled', 'request cancelled'));
    });
    return true;
  }

  return {
    asked,
    cancelled,
    pending: () => held.length,
    failWith(error) {
      failure = error;
    },
    async flush() {
      while (held.length > 0) {
        const call = held.shift()!;
        if (failure) call.reject(failure);
        else call.resolve(solve(call.board));
      }
      await new Promise((r) => setTimeout(r, 0));
    },
    async answer(board: Board) {
      for (const call of held.filter((h) => sameBoard(h.board, board))) {
        held.splice(held.indexOf(call), 1);
        if (failure) call.reject(failure);
        else call.resolve(solve(call.board));
      }
      await new Promise((r) => setTimeout(r, 0));
    },
    solve(board: Board, callOptions?: CallOptions) {
      asked.push(board);
      return new Promise<SolveResult>((resolve, reject) => {
        if (!watch(board, callOptions, reject)) return;
        if (options.manual) held.push({ board, signal: callOptions?.signal, resolve, reject });
        else if (failure) queueMicrotask(() => reject(failure));
        else queueMicrotask(() => resolve(solve(board)));
      });
    },
    generate(request: GenerateRequest) {
      return new Promise<Board>((resolve, reject) => {
        queueMicrotask(() => {
          try {
            resolve(generate(request));
          } catch (error) {
            reject(new SolverError('failed', (error as Error).message));
          }
        });
      });
    },
    warmUp: () => Promise.resolve(),
    dispose: () => undefined,
  };
}

/** A Map-backed Web Storage stand-in. */
export function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
    get length() {
      return data.size;
    },
    key: (index: number) => [...data.keys()][index] ?? null,
  };
}

/** A storage whose writes fail as a full (or, with `blocked`, a refusing) browser storage fails. */
export function failingStorage(how: 'full' | 'blocked' = 'full', initial: Record<string, string> = {}) {
  const storage = memoryStorage(initial);
  const fail = (): never => {
    throw Object.assign(new Error(how === 'full' ? 'The quota has been exceeded.' : 'The operation is insecure.'), {
      name: how === 'full' ? 'QuotaExceededError' : 'SecurityError',
    });
  };
  return { ...storage, setItem: fail, removeItem: fail, ...(how === 'blocked' && { getItem: fail }) };
}
