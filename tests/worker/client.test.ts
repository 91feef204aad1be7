/**
 * The solver client against fake workers: lazy start, one call at a time, typed answers, cancel
 * = ask the worker to stop (terminate and restart when it does not), progress passed on, solver
 * errors passed on, warm-up once per worker, idle release, and no promise left pending. How a
 * dead, silent or slow worker is told apart: client-watch.test.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Board } from '../../src/engine';
import { EXAMPLE_BOARD } from '../../src/engine';
import type { SolveProgress, SolveResult } from '../../src/solver/types';
import { createSolverClient } from '../../src/worker/client';
import type { SolverClient } from '../../src/worker/client';
import { clientOver, deferred, kindOf } from './fakeWorker';

const answer = (distance: number): SolveResult => ({ distance, hints: [distance], line: [], nodes: 1 });
const other: Board = { plates: 'WCBRBOGYGPCORPY', pebbles: '-CBRBOGYGPCORPY' };

let current: SolverClient | null = null;
function setup(...args: Parameters<typeof clientOver>) {
  const made = clientOver(...args);
  current = made.client;
  return made;
}

afterEach(() => {
  current?.dispose();
  current = null;
  vi.useRealTimers();
});

describe('solver client', () => {
  it('starts its worker lazily, on the first call, and reuses it', async () => {
    const { client, createWorker } = setup([{ solve: (p: string) => answer(p.length) }]);
    expect(createWorker).not.toHaveBeenCalled();
    await expect(client.solve(EXAMPLE_BOARD)).resolves.toMatchObject({ distance: 15 });
    await client.solve(other);
    expect(createWorker).toHaveBeenCalledTimes(1);
  });

  it('answers each kind of call with its own type', async () => {
    const board: Board = { plates: 'A', pebbles: 'B' };
    const { client } = setup([{ solve: () => answer(3), generate: () => board, warmUp: () => 2 }]);
    const [solved, generated, warmed] = await Promise.all([
      client.solve(EXAMPLE_BOARD),
      client.generate({ distance: 3, seed: 1 }),
      client.warmUp(),
    ]);
    expect(solved.distance).toBe(3);
    expect(generated).toEqual(board);
    expect(warmed).toBeUndefined();
  });

  it('warms a worker up once, however many boards ask', async () => {
    const warmUp = vi.fn(() => 3);
    const { client } = setup([{ warmUp }]);
    await Promise.all([client.warmUp(), client.warmUp(), client.warmUp()]);
    await client.warmUp();
    expect(warmUp).toHaveBeenCalledOnce();
  });

  it('cancelling a running call asks the worker to stop, rejects it, and runs the next call on the same worker', async () => {
    const slow = deferred<SolveResult>();
    const cancel = vi.fn(() => slow.resolve(answer(99)));
    let calls = 0;
    const { client, workers } = setup([{ solve: () => (++calls === 1 ? slow.promise : answer(7)), cancel }]);
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

  it('passes the progress of a long solve on', async () => {
    const done = deferred<SolveResult>();
    let report: ((progress: SolveProgress) => Promise<void>) | undefined;
    const solve = (_plates: string, _pebbles: string, listener: typeof report) => {
      report = listener;
      return done.promise;
    };
    const { client } = setup([{ solve }]);
    const seen: SolveProgress[] = [];
    const call = client.solve(EXAMPLE_BOARD, { onProgress: (p) => seen.push(p) });
    await vi.waitFor(() => expect(report).toBeDefined());
    for (let i = 1; i <= 3; i++) await report!({ phase: 'distance', nodes: i * 65_536, atLeast: 20 + i, hints: [] });
    done.resolve(answer(23));
    await expect(call).resolves.toMatchObject({ distance: 23 });
    expect(seen.map((p) => p.atLeast)).toEqual([21, 22, 23]);
  });

  it('cancelling a queued call leaves the running one and the worker alone', async () => {
    const gate = deferred<SolveResult>();
    const { client, workers } = setup([{ solve: () => gate.promise }]);
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
    expect(await kindOf(client.solve(EXAMPLE_BOARD, { signal: AbortSignal.abort() }))).toBe('cancelled');
    expect(createWorker).not.toHaveBeenCalled();
  });

  it('an error thrown by the solver is passed on as a failed call, and the worker stays', async () => {
    const generate = () => {
      throw new Error('no board at distance 99');
    };
    const { client, workers } = setup([{ generate, solve: () => answer(1) }]);
    await expect(client.generate({ distance: 99, seed: 1 })).rejects.toMatchObject({ kind: 'failed', message: 'no board at distance 99' });
    await expect(client.solve(other)).resolves.toMatchObject({ distance: 1 });
    expect(workers).toHaveLength(1);
  });

  it('releases an idle worker after the idle time, and starts a new one on the next call', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { client, workers } = setup([{ solve: () => answer(1) }], { idleMs: 30_000, now: Date.now });
    await client.solve(EXAMPLE_BOARD);
    await vi.advanceTimersByTimeAsync(29_000);
    await client.solve(other);
    await vi.advanceTimersByTimeAsync(29_000);
    expect(workers[0]!.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1_001);
    expect(workers[0]!.terminated).toBe(true);
    await expect(client.solve(other)).resolves.toMatchObject({ distance: 1 });
    expect(workers).toHaveLength(2);
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
  it('rejects every call as unavailable when no worker can start, and never hangs', async () => {
    const client = createSolverClient({
      createWorker: () => {
        throw new ReferenceError('Worker is not defined');
      },
    });
    const first = client.solve(EXAMPLE_BOARD).catch((e: unknown) => e);
    const second = client.warmUp().catch((e: unknown) => e);
    expect(await first).toMatchObject({ kind: 'unavailable', message: expect.stringMatching(/Worker is not defined/) });
    expect(await second).toMatchObject({ kind: 'unavailable' });
    client.dispose();
  });
});
