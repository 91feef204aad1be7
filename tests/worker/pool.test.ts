/**
 * The page's shared solver (the embed's pool) over fake workers: every board's calls go to one
 * solving worker and one generating worker at most; a board's dispose() cancels its own calls
 * and no one else's; boards asking about the same board share one solve; workers are released
 * when idle and start again on demand.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Board } from '../../src/engine';
import { EXAMPLE_BOARD } from '../../src/engine';
import { LEVELS } from '../../src/levels';
import type { SolveProgress, SolveResult } from '../../src/solver/types';
import { createSolverPool } from '../../src/worker/pool';
import type { FakeWorker } from './fakeWorker';
import { deferred, fakeWorker, kindOf } from './fakeWorker';

const answer = (board: Board): SolveResult => ({ distance: board.pebbles.indexOf('-'), hints: [], line: [], nodes: 1 });
const boards: Board[] = LEVELS.slice(0, 30).map(({ plates, pebbles }) => ({ plates, pebbles }));

/** A pool whose workers serve `api` (answering pings); `workers` lists those started. */
function poolOver(api: Record<string, unknown>, idleMs?: number) {
  const workers: FakeWorker[] = [];
  const createWorker = vi.fn(() => {
    const fake = fakeWorker({ ping: () => true, ...api });
    workers.push(fake);
    return fake.worker;
  });
  return { pool: createSolverPool({ createWorker, ...(idleMs === undefined ? {} : { idleMs, now: Date.now }) }), workers };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the shared solver pool', () => {
  it('serves 30 boards from one solving worker, and one more for generating boards', async () => {
    const solve = vi.fn((plates: string, pebbles: string) => answer({ plates, pebbles }));
    const { pool, workers } = poolOver({ solve, warmUp: () => 1, generate: () => EXAMPLE_BOARD });
    const clients = boards.map(() => pool.connect());
    await Promise.all(clients.map((client) => client.warmUp()));
    const answers = await Promise.all(clients.map((client, i) => client.solve(boards[i]!)));
    expect(answers.map((a) => a.distance)).toEqual(boards.map((b) => b.pebbles.indexOf('-')));
    expect(workers).toHaveLength(1);
    await Promise.all(clients.slice(0, 5).map((client) => client.generate({ distance: 5, seed: 1 })));
    expect(workers).toHaveLength(2);
    expect(solve).toHaveBeenCalledTimes(30);
    for (const client of clients) client.dispose();
  });

  it('keeps to two workers over 200 boards added and removed, each cancelling what it asked', async () => {
    // Like the real worker: a solve runs until cancel() stops it.
    const stops: (() => void)[] = [];
    let started = 0;
    const solve = () =>
      new Promise<SolveResult>((_resolve, reject) => {
        started++;
        stops.push(() => reject(new Error('solve cancelled')));
      });
    const cancel = vi.fn(() => stops.splice(0).forEach((stop) => stop()));
    const { pool, workers } = poolOver({ solve, cancel, warmUp: () => 1, generate: () => EXAMPLE_BOARD });
    const solves: string[] = [];
    const generations: string[] = [];
    for (let i = 0; i < 200; i++) {
      const client = pool.connect();
      void client.warmUp().catch(() => undefined);
      const asked = kindOf(client.solve(boards[i % 30]!));
      const made = kindOf(client.generate({ distance: 9, seed: i }));
      // The board is on the page until its question reaches the worker.
      while (started < i + 1) await new Promise((resolve) => setImmediate(resolve));
      client.dispose();
      solves.push(await asked);
      generations.push(await made);
    }
    expect(solves).toEqual(Array(200).fill('cancelled'));
    // A generation answered before its board went, or was cancelled with it.
    expect(generations.every((g) => g === 'resolved' || g === 'cancelled')).toBe(true);
    await vi.waitFor(() => expect(cancel).toHaveBeenCalledTimes(200));
    expect(workers).toHaveLength(2);
    expect(workers.some((w) => w.terminated)).toBe(false);
  });

  it("cancels a removed board's calls, and leaves the other boards' alone", async () => {
    const gate = deferred<SolveResult>();
    const asked: string[] = [];
    const solve = (plates: string, pebbles: string) => {
      asked.push(pebbles);
      return asked.length === 1 ? gate.promise : answer({ plates, pebbles });
    };
    const { pool } = poolOver({ solve, cancel: () => gate.resolve(answer(EXAMPLE_BOARD)) });
    const [a, b] = [pool.connect(), pool.connect()];
    const running = a.solve(boards[0]!);
    const waiting = a.solve(boards[1]!);
    const other = b.solve(boards[2]!);
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    a.dispose();
    expect(await kindOf(running)).toBe('cancelled');
    expect(await kindOf(waiting)).toBe('cancelled');
    await expect(other).resolves.toMatchObject({ distance: boards[2]!.pebbles.indexOf('-') });
    expect(asked).toEqual([boards[0]!.pebbles, boards[2]!.pebbles]);
    expect(await kindOf(a.solve(boards[3]!))).toBe('cancelled');
    b.dispose();
  });

  it('asks the worker once when boards ask about the same board, and cancels it only when none still waits', async () => {
    let report: ((progress: SolveProgress) => Promise<void>) | undefined;
    const gate = deferred<SolveResult>();
    const solve = vi.fn((_p: string, _q: string, listener: typeof report) => ((report = listener), gate.promise));
    const cancel = vi.fn();
    const { pool } = poolOver({ solve, cancel });
    const [a, b, c] = [pool.connect(), pool.connect(), pool.connect()];
    const seenA: number[] = [];
    const seenB: number[] = [];
    const fromA = a.solve(EXAMPLE_BOARD, { onProgress: (p) => seenA.push(p.nodes) });
    const fromB = b.solve(EXAMPLE_BOARD, { onProgress: (p) => seenB.push(p.nodes) });
    const fromC = c.solve(EXAMPLE_BOARD);
    await vi.waitFor(() => expect(report).toBeDefined());
    await report!({ phase: 'distance', nodes: 65_536, atLeast: 10, hints: [] });
    a.dispose();
    c.dispose();
    await report!({ phase: 'distance', nodes: 131_072, atLeast: 12, hints: [] });
    expect(cancel).not.toHaveBeenCalled();
    gate.resolve(answer(EXAMPLE_BOARD));
    await expect(fromB).resolves.toMatchObject({ distance: 0 });
    expect([await kindOf(fromA), await kindOf(fromC)]).toEqual(['cancelled', 'cancelled']);
    expect(solve).toHaveBeenCalledOnce();
    expect(seenA).toEqual([65_536]);
    expect(seenB).toEqual([65_536, 131_072]);
    b.dispose();
  });

  it('cancels a shared solve in the worker when every board that asked is removed', async () => {
    const gate = deferred<SolveResult>();
    const cancel = vi.fn(() => gate.resolve(answer(EXAMPLE_BOARD)));
    const { pool } = poolOver({ solve: () => gate.promise, cancel });
    const [a, b] = [pool.connect(), pool.connect()];
    const calls = [a.solve(EXAMPLE_BOARD), b.solve(EXAMPLE_BOARD)];
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    a.dispose();
    b.dispose();
    expect(await Promise.all(calls.map(kindOf))).toEqual(['cancelled', 'cancelled']);
    await vi.waitFor(() => expect(cancel).toHaveBeenCalledOnce());
  });

  it('generates on its own worker, so a long solve does not hold a new board up', async () => {
    const { pool, workers } = poolOver({ solve: () => new Promise(() => undefined), generate: () => EXAMPLE_BOARD });
    const client = pool.connect();
    const solving = kindOf(client.solve(boards[0]!));
    await expect(client.generate({ distance: 16, seed: 'x' })).resolves.toEqual(EXAMPLE_BOARD);
    expect(workers).toHaveLength(2);
    client.dispose();
    expect(await solving).toBe('cancelled');
  });

  it('releases its workers after a while with no board asking, and starts one again on demand', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { pool, workers } = poolOver({ solve: (plates: string, pebbles: string) => answer({ plates, pebbles }) }, 30_000);
    const client = pool.connect();
    await client.solve(boards[0]!);
    await vi.advanceTimersByTimeAsync(30_001);
    expect(workers[0]!.terminated).toBe(true);
    await expect(client.solve(boards[1]!)).resolves.toMatchObject({ distance: boards[1]!.pebbles.indexOf('-') });
    expect(workers).toHaveLength(2);
    expect(workers[1]!.terminated).toBe(false);
    client.dispose();
  });
});
