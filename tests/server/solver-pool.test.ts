/**
 * The solver pool on its own: a full queue refuses at once (and the server says 503 with
 * Retry-After), and a thread that cannot start fails the boards waiting for it with the reason,
 * which the server answers as a 500 that says only that.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Board } from '../../src/engine';
import { SolverBusy, createSolverPool } from '../../src/server/solver/pool';
import { generate } from '../../src/solver';
import { json, useApp } from './helpers/app';

function board(seed: string): Board {
  const { plates, pebbles } = generate({ distance: 3, seed });
  return { plates, pebbles };
}

const query = (b: Board) => `/api/leaderboard?plates=${b.plates}&pebbles=${b.pebbles}`;

describe('a full queue', () => {
  const pool = createSolverPool({ size: 1, maxQueued: 1 });
  const server = useApp('sqlite', { solver: pool });
  afterAll(() => pool.close());

  it('refuses a board at once while another waits for the thread to start', async () => {
    const [a, b] = [board('pool-a'), board('pool-b')];
    // The first waits in line until the new thread has loaded; the line holds one.
    const first = server().get(query(a));
    await vi.waitFor(() => expect(pool.solving(a)).toBe(true));
    await expect(pool.par(b)).rejects.toBeInstanceOf(SolverBusy);
    const second = await server().get(query(b));
    expect(second.statusCode).toBe(503);
    expect(second.headers['retry-after']).toBe('5');
    expect(json(second).error).toMatch(/busy working out other boards/);
    expect((await first).statusCode).toBe(200);
    expect((await server().get(query(b))).statusCode).toBe(200);
  });
});

describe('a thread that cannot start', () => {
  const pool = createSolverPool({ size: 1, thread: new URL('./fixtures/broken-thread.mjs', import.meta.url) });
  const server = useApp('sqlite', { solver: pool });
  afterAll(() => pool.close());

  it('fails the waiting boards with its reason; the client gets a plain 500', async () => {
    await expect(pool.par(board('pool-c'))).rejects.toThrow(/the solver thread failed: this solver thread is broken on purpose/);
    const answer = await server().get(query(board('pool-d')));
    expect(answer.statusCode).toBe(500);
    expect(json(answer)).toEqual({ error: 'the server failed to answer this request; it has been logged' });
  });
});
