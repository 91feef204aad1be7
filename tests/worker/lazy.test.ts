/**
 * The lazily loaded solver client (the app's and embed.js's): nothing loads before the first call, every call waits
 * for the one load, a failed load reports the helper unavailable (and is tried again), and
 * dispose reaches a client that loads after it.
 */
import { describe, expect, it, vi } from 'vitest';
import { lazySolverClient } from '../../src/worker/lazy';
import { EXAMPLE_BOARD } from '../../src/engine';
import { solverErrorKind } from '../../src/store/jobs';
import { fakeSolver } from '../support/fakeSolver';

describe('lazySolverClient', () => {
  it('loads the real client once, on the first call, and passes every call on', async () => {
    const real = fakeSolver();
    const load = vi.fn(() => Promise.resolve(real));
    const client = lazySolverClient(load);
    expect(load).not.toHaveBeenCalled();
    const [warm, answer] = await Promise.all([client.warmUp(), client.solve(EXAMPLE_BOARD)]);
    expect(warm).toBeUndefined();
    expect(answer.distance).toBe(16);
    expect(load).toHaveBeenCalledOnce();
    expect(real.asked).toEqual([EXAMPLE_BOARD]);
  });

  it('reports a failed load as the helper unavailable, and tries again on the next call', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('Failed to fetch dynamically imported module')).mockResolvedValue(fakeSolver());
    const client = lazySolverClient(load);
    const failed = await client.solve(EXAMPLE_BOARD).catch((error: unknown) => error);
    expect(solverErrorKind(failed)).toBe('unavailable');
    expect((await client.solve(EXAMPLE_BOARD)).distance).toBe(16);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('disposes the real client, even one that finishes loading after dispose', async () => {
    const real = fakeSolver();
    const dispose = vi.spyOn(real, 'dispose');
    let resolve!: (client: typeof real) => void;
    const client = lazySolverClient(() => new Promise((r) => (resolve = r)));
    const pending = client.warmUp();
    client.dispose();
    resolve(real);
    await pending;
    expect(dispose).toHaveBeenCalled();
  });
});
