/**
 * The solver client against fake workers: lazy start, one call at a time, cancel = terminate +
 * restart, hang and crash handling (restart, retry once, then a player message), and no promise
 * left pending.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Board } from '../../src/engine';
import { EXAMPLE_BOARD } from '../../src/engine';
import type { SolveResult } from '../../src/solver/types';
import { SolverError, createSolverClient } from '../../src/worker/client';
import type { SolverClient } from '../../src/worker/client';
import type { FakeWorker } from './fakeWorker';
import { deferred, fakeWorker } from './fakeWorker';

const answer = (distance: number): SolveResult => ({ distance, hints: [distance], line: [], nodes: 1 });
const other: Board = { plates: 'WCBRBOGYGPCORPY', pebbles: '-CBRBOGYGPCORPY' };

/** A client over fake workers; `apis[i]` serves the i-th worker started (the last one repeats). */
function setup(apis: object[], timeoutMs = 10_000) {
  const workers: FakeWorker[] = [];
  const createWorker = vi.fn(() => {
    const fake = fakeWorker(apis[Math.min(workers.length, apis.length - 1)]!);
    workers.push(fake);
    return fake.worker;
  });
  const client = createSolverClient({ createWorker, timeoutMs });
  return { client, workers, createWorker };
}

let current: SolverClient | null = null;
afterEach(() => {
  current?.dispose();
  current = null;
  vi.useRealTimers();
});

async function kindOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return error instanceof SolverError ? error.kind : 'other';
  }
}

describe('solver client', () => {
  it('starts its worker lazily, on the first call, and reuses it', async () => {
    const { client, createWorker } = setup([{ solve: (p: string) => answer(p.length) }]);
    current = client;
    expect(createWorker).not.toHaveBeenCalled();
    await expect(client.solve(EXAMPLE_BOARD)).resolves.toMatchObject({ distance: 15 });
    await client.solve(other);
    expect(createWorker).toHaveBeenCalledTimes(1);
  });

  it('warms up through the worker', async () => {
    const warmUp = vi.fn(() => 3);
    const { client } = setup([{ warmUp }]);
    current = client;
    await client.warmUp();
    expect(warmUp).toHaveBeenCalledOnce();
  });

  it('cancelling a running call terminates the worker, rejects it, and runs the next call on a new worker', async () => {
    const slow = deferred<SolveResult>();
    const { client, workers } = setup([{ solve: () => slow.promise }, { solve: () => answer(7) }]);
    current = client;
    const controller = new AbortController();
    const first = client.solve(EXAMPLE_BOARD, { signal: controller.signal });
    const second = client.solve(other);
    await vi.waitFor(() => expect(workers).toHaveLength(1));
    controller.abort();
    expect(await kindOf(first)).toBe('cancelled');
    expect(workers[0]!.terminated).toBe(true);
    await expect(second).resolves.toMatchObject({ distance: 7 });
    expect(workers).toHaveLength(2);
  });

  it('cancelling a queued call leaves the running one and the worker alone', async () => {
    const gate = deferred<SolveResult>();
    const { client, workers } = setup([{ solve: () => gate.promise }]);
    current = client;
    const controller = new AbortController();
    const running = client.solve(EXAMPLE_BOARD);
    const queued = client.solve(other, { signal: controller.signal });
    controller.abort();
    expect(await kindOf(queued)).toBe('cancelled');
    gate.resolve(answer(4));
    await expect(running).resolves.toMatchObject({ distance: 4 });
    expect(workers).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(false);
  });

  it('an already aborted signal rejects at once without starting a worker', async () => {
    const { client, createWorker } = setup([{ solve: () => answer(1) }]);
    current = client;
    expect(await kindOf(client.solve(EXAMPLE_BOARD, { signal: AbortSignal.abort() }))).toBe('cancelled');
    expect(createWorker).not.toHaveBeenCalled();
  });

  it('a hung call restarts the worker and is retried once', async () => {
    vi.useFakeTimers();
    const never = new Promise<SolveResult>(() => undefined);
    const { client, workers } = setup([{ solve: () => never }, { solve: () => answer(9) }], 1000);
    current = client;
    const call = client.solve(EXAMPLE_BOARD);
    await vi.advanceTimersByTimeAsync(1001);
    expect(workers[0]!.terminated).toBe(true);
    await vi.advanceTimersByTimeAsync(10);
    await expect(call).resolves.toMatchObject({ distance: 9 });
    expect(workers).toHaveLength(2);
  });

  it('a call that hangs twice is rejected with a short player message, and later calls still work', async () => {
    vi.useFakeTimers();
    const never = new Promise<SolveResult>(() => undefined);
    const { client, workers } = setup([{ solve: () => never }, { solve: () => never }, { solve: () => answer(2) }], 1000);
    current = client;
    const call = client.solve(EXAMPLE_BOARD);
    const outcome = call.catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(2100);
    const error = await outcome;
    expect(error).toBeInstanceOf(SolverError);
    expect((error as SolverError).kind).toBe('unavailable');
    expect((error as SolverError).message).toMatch(/stopped responding/);
    expect(workers.slice(0, 2).every((w) => w.terminated)).toBe(true);
    const later = client.solve(other);
    await vi.advanceTimersByTimeAsync(10);
    await expect(later).resolves.toMatchObject({ distance: 2 });
  });

  it('a worker that crashes is restarted and the call retried', async () => {
    const { client, workers } = setup([{ solve: () => new Promise(() => undefined) }, { solve: () => answer(5) }]);
    current = client;
    const call = client.solve(EXAMPLE_BOARD);
    await vi.waitFor(() => expect(workers).toHaveLength(1));
    workers[0]!.crash();
    await expect(call).resolves.toMatchObject({ distance: 5 });
  });

  it('an error thrown by the solver is passed on as a failed call', async () => {
    const { client } = setup([
      {
        generate: () => {
          throw new Error('no board at distance 99');
        },
      },
    ]);
    current = client;
    await expect(client.generate({ distance: 99, seed: 1 })).rejects.toMatchObject({ kind: 'failed', message: 'no board at distance 99' });
  });

  it('dispose rejects every pending call and every later one', async () => {
    const { client, workers } = setup([{ solve: () => new Promise(() => undefined) }]);
    const running = client.solve(EXAMPLE_BOARD);
    const queued = client.solve(other);
    await vi.waitFor(() => expect(workers).toHaveLength(1));
    client.dispose();
    expect(await kindOf(running)).toBe('cancelled');
    expect(await kindOf(queued)).toBe('cancelled');
    expect(await kindOf(client.solve(other))).toBe('cancelled');
    expect(workers[0]!.terminated).toBe(true);
  });
});

describe('solver client without workers', () => {
  it('rejects every call with a player message when no worker can start, and never hangs', async () => {
    const client = createSolverClient({
      createWorker: () => {
        throw new ReferenceError('Worker is not defined');
      },
    });
    const first = client.solve(EXAMPLE_BOARD).catch((e: unknown) => e);
    const second = client.warmUp().catch((e: unknown) => e);
    expect(await first).toMatchObject({ kind: 'unavailable', message: expect.stringMatching(/You can still play/) });
    expect(await second).toMatchObject({ kind: 'unavailable' });
    client.dispose();
  });
});
