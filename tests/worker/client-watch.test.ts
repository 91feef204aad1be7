/**
 * The watched worker (issue 9): a dead or silent worker is found within the silence period,
 * restarted and the call retried once; two silent workers in a row end every waiting call, so a
 * player waits about two silence periods at most; a slow solve that reports progress or answers
 * the heartbeat is never taken for a hang; generation, which cannot answer the heartbeat, gets a
 * deadline once its worker is known alive. Fake timers; the comlink traffic is real.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Board } from '../../src/engine';
import { EXAMPLE_BOARD } from '../../src/engine';
import type { SolveProgress, SolveResult } from '../../src/solver/types';
import type { SolverClient } from '../../src/worker/client';
import { SILENT, clientOver, kindOf } from './fakeWorker';

const answer = (distance: number): SolveResult => ({ distance, hints: [distance], line: [], nodes: 1 });
const other: Board = { plates: 'WCBRBOGYGPCORPY', pebbles: '-CBRBOGYGPCORPY' };
const never = <T>(): Promise<T> => new Promise<T>(() => undefined);
/** The timings under test: a ping every 300 ms, silent after 1.5 s (2 s once the worker has answered). */
const TIMING = { heartbeatMs: 300, silenceMs: 1_500, busySilenceMs: 2_000, now: Date.now };

let current: SolverClient | null = null;
function setup(...args: Parameters<typeof clientOver>) {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  const made = clientOver(args[0], { ...TIMING, ...args[1] });
  current = made.client;
  return made;
}

/** Lets messages between the page and the fake worker go through, with the clock standing still. */
async function flush(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
}

/** Moves the clock `ms` on in steps of 50 ms, letting messages through after each, as a quick worker would answer. */
async function advance(ms: number): Promise<void> {
  for (let left = ms; left > 0; left -= 50) {
    await vi.advanceTimersByTimeAsync(Math.min(50, left));
    await flush();
  }
}

/** Settles a promise's outcome without waiting on it, for reading after the clock moved. */
function outcome(promise: Promise<unknown>): { kind: string | null } {
  const seen: { kind: string | null } = { kind: null };
  void kindOf(promise).then((kind) => (seen.kind = kind));
  return seen;
}

afterEach(() => {
  current?.dispose();
  current = null;
  vi.useRealTimers();
});

describe('a watched solver worker', () => {
  it('restarts a worker that never answers within the silence period, and retries the call on a new one', async () => {
    const { client, workers } = setup([SILENT, { solve: () => answer(9) }]);
    const call = outcome(client.solve(EXAMPLE_BOARD));
    await advance(1_400);
    expect(workers[0]!.terminated).toBe(false);
    await advance(200);
    expect(workers[0]!.terminated).toBe(true);
    await advance(100);
    expect(call.kind).toBe('resolved');
    expect(workers).toHaveLength(2);
  });

  it('ends the call and every call waiting behind it when two workers in a row never answer, within two silence periods', async () => {
    const { client, workers } = setup([SILENT, SILENT, { solve: () => answer(2) }]);
    const warm = outcome(client.warmUp());
    const par = outcome(client.solve(EXAMPLE_BOARD));
    const hint = outcome(client.solve(other));
    await advance(3_100);
    expect([warm.kind, par.kind, hint.kind]).toEqual(['unavailable', 'unavailable', 'unavailable']);
    expect(workers.map((w) => w.terminated)).toEqual([true, true]);
    // The next question starts afresh.
    const later = outcome(client.solve(other));
    await advance(100);
    expect(later.kind).toBe('resolved');
  });

  it('says why in developer terms: the kind is what players are told about (ui/messages)', async () => {
    const { client } = setup([SILENT]);
    const failed = client.solve(EXAMPLE_BOARD).catch((error: unknown) => error);
    await advance(3_100);
    expect(await failed).toMatchObject({ kind: 'unavailable', message: 'the solver worker did not answer (solve), restarted once' });
  });

  it('restarts a worker that crashes at once, without waiting for the silence period', async () => {
    const { client, workers } = setup([{ solve: never }, { solve: () => answer(5) }]);
    const call = outcome(client.solve(EXAMPLE_BOARD));
    await advance(10);
    workers[0]!.crash();
    await advance(10);
    expect(call.kind).toBe('resolved');
  });

  it('gives up on a call whose every worker dies after answering, but only on that call', async () => {
    let solves = 0;
    const { client, workers } = setup([{ solve: (p: string) => (p === EXAMPLE_BOARD.plates && ++solves ? never() : answer(4)) }]);
    const doomed = outcome(client.solve(EXAMPLE_BOARD));
    const fine = outcome(client.solve({ plates: 'BRGWPPRCOYBYCGO', pebbles: 'BPGB-PRCOYGYCRO' }));
    for (let i = 0; i < 2; i++) {
      await advance(400); // heard: it answered the heartbeat
      workers.at(-1)!.crash();
    }
    await advance(100);
    expect(doomed.kind).toBe('unavailable');
    expect(fine.kind).toBe('resolved');
    expect(solves).toBe(2);
  });

  it('leaves a slow solve alone while it reports progress, however long it takes', async () => {
    const solve = (_p: string, _q: string, report: (progress: SolveProgress) => void) =>
      new Promise<SolveResult>((resolve) => {
        let reports = 0;
        const tick = (): void => {
          report({ phase: 'distance', nodes: ++reports * 65_536, atLeast: reports, hints: [] });
          if (reports === 20) resolve(answer(20));
          else setTimeout(tick, 500);
        };
        setTimeout(tick, 500);
      });
    const { client, workers } = setup([{ solve, ping: never }]);
    const call = outcome(client.solve(EXAMPLE_BOARD));
    await advance(10_100);
    expect(call.kind).toBe('resolved');
    expect(workers).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(false);
  });

  it('leaves a slow solve alone while its worker answers the heartbeat, even without progress', async () => {
    const solve = () => new Promise<SolveResult>((resolve) => setTimeout(() => resolve(answer(25)), 8_000));
    const { client, workers } = setup([{ solve }]);
    const call = outcome(client.solve(EXAMPLE_BOARD));
    await advance(8_100);
    expect(call.kind).toBe('resolved');
    expect(workers).toHaveLength(1);
  });

  it('counts a worker silent again once its progress and heartbeat stop', async () => {
    let report: ((progress: SolveProgress) => void) | undefined;
    let pings = 0;
    const ping = () => (++pings <= 3 ? true : never());
    const solve = (_p: string, _q: string, listener: typeof report) => ((report = listener), never<SolveResult>());
    const { client, workers } = setup([{ solve, ping }, { solve: () => answer(3) }]);
    const call = outcome(client.solve(EXAMPLE_BOARD));
    await advance(1_000);
    report!({ phase: 'distance', nodes: 65_536, atLeast: 1, hints: [] });
    await advance(1_900);
    expect(workers[0]!.terminated).toBe(false);
    await advance(300);
    expect(workers[0]!.terminated).toBe(true);
    await advance(100);
    expect(call.kind).toBe('resolved');
  });
});

describe('generation on a watched worker', () => {
  /** A worker busy generating answers its first ping (sent before the call), then nothing until it is done. */
  function busyGenerating(ms: number) {
    let pings = 0;
    return {
      ping: () => (++pings === 1 ? true : never()),
      generate: () => new Promise<Board>((resolve) => setTimeout(() => resolve(EXAMPLE_BOARD), ms)),
    };
  }

  it('lets a generation run past the silence period, up to its deadline, once the worker answered', async () => {
    const { client, workers } = setup([busyGenerating(6_000)], { generateMs: () => 10_000 });
    const made = outcome(client.generate({ distance: 20, seed: 1 }));
    await advance(6_100);
    expect(made.kind).toBe('resolved');
    expect(workers).toHaveLength(1);
  });

  it('restarts a worker whose generation passes its deadline, and one that never answered at all within the silence period', async () => {
    const { client, workers } = setup([busyGenerating(60_000), SILENT, { generate: () => EXAMPLE_BOARD }], {
      generateMs: (request) => 1_000 * request.distance,
    });
    const made = outcome(client.generate({ distance: 5, seed: 1 }));
    await advance(5_100);
    expect(workers[0]!.terminated).toBe(true);
    await advance(1_500);
    expect(workers[1]!.terminated).toBe(true);
    // That was the call's one retry: a second failure ends it.
    expect(made.kind).toBe('unavailable');
  });
});
