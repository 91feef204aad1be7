/**
 * The solver client against fake workers: lazy start, one call at a time, cancel = ask the
 * worker to stop (terminate and restart when it does not), progress passed on and counted as a
 * sign of life, hang and crash handling (restart, retry once, then a player message), and no
 * promise left pending.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Board } from '../../src/engine';
import { EXAMPLE_BOARD } from '../../src/engine';
import type { SolveProgress, SolveResult } from '../../src/solver/types';
import { SolverError, createSolverClient } from '../../src/worker/client';
import type { SolverClient } from '../../src/worker/client';
import type { FakeWorker } from './fakeWorker';
import { deferred, fakeWorker } from './fakeWorker';

const answer = (distance: number): SolveResult => ({ distance, hints: [distance], line: [], nodes: 1 });
const other: Board = { plates: 'WCBRBOGYGPCORPY', pebbles: '-CBRBOGYGPCORPY' };

/** A client over fake workers; `apis[i]` serves the i-th worker started (the last one repeats). */
function setup(apis: object[], timeoutMs = 10_000, cancelGraceMs = 50) {
  const workers: FakeWorker[] = [];
  const createWorker = vi.fn(() => {
    const fake = fakeWorker(apis[Math.min(workers.length, apis.length - 1)]!);
    workers.push(fake);
    return fake.worker;
  });
  const client = createSolverClient({ createWorker, timeoutMs, cancelGraceMs });
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

  it('cancelling a running call asks the worker to stop, rejects it, and runs the next call on the same worker', async () => {
    const slow = deferred<SolveResult>();
    const cancel = vi.fn(() => slow.resolve(answer(99)));
    let calls = 0;
    const { client, workers } = setup([{ solve: () => (++calls === 1 ? slow.promise : answer(7)), cancel }]);
    current = client;
    const controller = new AbortController();
    const first = client.solve(EXAMPLE_BOARD, { signal: controller.signal });
    const second = client.solve(other);
    await vi.waitFor(() => expect(calls).toBe(1));
    controller.abort();
    expect(await kindOf(first)).toBe('cancelled');
    await expect(second).resolves.toMatchObject({ distance: 7 });
    expect(cancel).toHaveBeenCalledOnce();
    expect(workers).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(false);
  });

  it('a cancelled call that does not stop in time has its worker terminated, and the next call runs on a new one', async () => {
    const never = new Promise<SolveResult>(() => undefined);
    const { client, workers } = setup([{ solve: () => never, cancel: () => undefined }, { solve: () => answer(7) }]);
    current = client;
    const controller = new AbortController();
    const first = client.solve(EXAMPLE_BOARD, { signal: controller.signal });
    const second = client.solve(other);
    await vi.waitFor(() => expect(workers).toHaveLength(1));
    controller.abort();
    expect(await kindOf(first)).toBe('cancelled');
    await expect(second).resolves.toMatchObject({ distance: 7 });
    expect(workers[0]!.terminated).toBe(true);
    expect(workers).toHaveLength(2);
  });

  it('passes the progress of a long solve on, and does not count a solve that reports progress as hung', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }); // the hang timer; messages still flow
    const done = deferred<SolveResult>();
    let report: ((progress: SolveProgress) => Promise<void>) | undefined;
    const solve = (_plates: string, _pebbles: string, listener: typeof report) => {
      report = listener;
      return done.promise;
    };
    const { client, workers } = setup([{ solve }], 1000);
    current = client;
    const seen: SolveProgress[] = [];
    const call = client.solve(EXAMPLE_BOARD, { onProgress: (p) => seen.push(p) });
    while (report === undefined) await new Promise((r) => setImmediate(r));
    for (let i = 1; i <= 5; i++) {
      await vi.advanceTimersByTimeAsync(600); // 3 s in all, past the 1 s hang timeout, a report every 0.6 s
      await report({ phase: 'distance', nodes: i * 1000, atLeast: 20 + i, hints: [] });
    }
    done.resolve(answer(25));
    await expect(call).resolves.toMatchObject({ distance: 25 });
    expect(seen.map((p) => p.atLeast)).toEqual([21, 22, 23, 24, 25]);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(false);
  });

  it('a solve that stops reporting progress counts as hung again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let report: ((progress: SolveProgress) => Promise<void>) | undefined;
    const never = new Promise<SolveResult>(() => undefined);
    const solve = (_plates: string, _pebbles: string, listener: typeof report) => {
      report ??= listener;
      return never;
    };
    const { client, workers } = setup([{ solve }, { solve: () => answer(3) }], 1000);
    current = client;
    const call = client.solve(EXAMPLE_BOARD, { onProgress: () => undefined });
    while (report === undefined) await new Promise((r) => setImmediate(r));
    await vi.advanceTimersByTimeAsync(900);
    await report({ phase: 'distance', nodes: 1, atLeast: 1, hints: [] });
    await vi.advanceTimersByTimeAsync(1100);
    await expect(call).resolves.toMatchObject({ distance: 3 });
    expect(workers[0]!.terminated).toBe(true);
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
