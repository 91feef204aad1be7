/** The worker boundary: the real API exposed with comlink over a MessageChannel in Node. */
import { afterEach, describe, expect, it } from 'vitest';
import { proxy, wrap } from 'comlink';
import type { Remote } from 'comlink';
import { EXAMPLE_BOARD, isSolved, parseBoard } from '../../src/engine';
import type { SolveProgress } from '../../src/solver';
import { solve } from '../../src/solver';
import { api } from '../../src/worker/api';
import type { SolverApi } from '../../src/worker/api';
import type { FakeWorker } from './fakeWorker';
import { fakeWorker } from './fakeWorker';

let worker: FakeWorker | null = null;

function connect(): Remote<SolverApi> {
  worker = fakeWorker(api);
  return wrap<SolverApi>(worker.worker);
}

afterEach(() => {
  worker?.worker.terminate();
  worker = null;
});

describe('solver API over comlink', () => {
  it('solves the example board of RULES.md: 16 moves, hints {3, 4, 10}', async () => {
    const remote = connect();
    const result = await remote.solve(EXAMPLE_BOARD.plates, EXAMPLE_BOARD.pebbles);
    expect(result.distance).toBe(16);
    expect(result.hints).toEqual([3, 4, 10]);
    expect(result.line).toHaveLength(16);
  });

  it('rejects an invalid board with the parser message, not a crash', async () => {
    const remote = connect();
    await expect(remote.solve('WCBRBOGYGPCORPY', 'PCBRYOGYGBCORP')).rejects.toThrow(/invalid board: pebbles code must have 15 characters/);
  });

  it('generates a valid board of the asked distance', async () => {
    const remote = connect();
    const board = await remote.generate({ distance: 6, seed: 'test' });
    expect(parseBoard(board.plates, board.pebbles).ok).toBe(true);
    expect(solve(board).distance).toBe(6);
  });

  it('warms up by solving a small board', async () => {
    const remote = connect();
    const distance = await remote.warmUp();
    expect(distance).toBeGreaterThan(0);
    expect(distance).toBeLessThanOrEqual(4);
  });

  it('answers a solved board with distance 0 and no hints', async () => {
    const remote = connect();
    const result = await remote.solve('WCBRBOGYGPCORPY', '-CBRBOGYGPCORPY');
    expect(isSolved({ plates: 'WCBRBOGYGPCORPY', pebbles: '-CBRBOGYGPCORPY' })).toBe(true);
    expect(result).toMatchObject({ distance: 0, hints: [], line: [] });
  });
});

describe('a long solve over comlink', () => {
  /**
   * Needs about 170,000 nodes, so more than one progress report's worth (the costliest board of
   * bench/layout-boards.jsonl); the second costs about as much.
   */
  const COSTLY = { plates: 'IVCASBFTGYKDNEL', pebbles: 'DNEALGF-BKYIVCS' };
  const COSTLY_TOO = { plates: 'IVCASBFTGYKDNEL', pebbles: 'DNEA-GFLBKYIVCS' };

  it('reports its progress, and stops within a slice when cancelled, leaving the worker usable', async () => {
    const remote = connect();
    const seen: SolveProgress[] = [];
    let first!: () => void;
    const reported = new Promise<void>((resolve) => (first = resolve));
    const solving = remote.solve(
      COSTLY.plates,
      COSTLY.pebbles,
      proxy((progress: SolveProgress) => {
        seen.push(progress);
        first();
      }),
    );
    const outcome = solving.then(
      () => 'solved',
      (error: Error) => error.message,
    );
    await reported;
    await remote.cancel();
    expect(await outcome).toBe('solve cancelled');
    expect(seen[0]).toMatchObject({ phase: expect.stringMatching(/distance|hints/), nodes: expect.any(Number) });
    expect(seen[0]!.nodes).toBeGreaterThanOrEqual(1 << 16);
    // The worker goes on answering, with nothing left of the cancelled solve.
    const result = await remote.solve(EXAMPLE_BOARD.plates, EXAMPLE_BOARD.pebbles);
    expect(result).toMatchObject({ distance: 16, hints: [3, 4, 10] });
  });

  it("answers the page's heartbeat while it solves, so a working solve is never taken for a hung one", async () => {
    const remote = connect();
    let done = false;
    // Two costly solves in a row: the worker computes for several of its slices whatever its speed.
    const solving = Promise.all([COSTLY, COSTLY_TOO].map((b) => remote.solve(b.plates, b.pebbles))).finally(() => (done = true));
    await expect(remote.ping()).resolves.toBe(true);
    await expect(remote.ping()).resolves.toBe(true);
    expect(done).toBe(false);
    await remote.cancel();
    await expect(solving).rejects.toThrow(/cancelled/);
  });

  it('rejects the solves waiting behind a cancelled one too, and runs those sent after', async () => {
    const remote = connect();
    const running = remote.solve(COSTLY.plates, COSTLY.pebbles);
    const waiting = remote.solve(EXAMPLE_BOARD.plates, EXAMPLE_BOARD.pebbles);
    await remote.cancel();
    await expect(running).rejects.toThrow(/cancelled/);
    await expect(waiting).rejects.toThrow(/cancelled/);
    await expect(remote.solve(EXAMPLE_BOARD.plates, EXAMPLE_BOARD.pebbles)).resolves.toMatchObject({ distance: 16 });
  });
});
