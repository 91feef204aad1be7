/**
 * The leaderboards' controller registering games with the in-memory server: levels, daily boards
 * and any board by its codes (not a solved one), the newest game only, a server with another
 * board, failures kept as data, and no more asking once no server answered.
 */
import { describe, expect, it } from 'vitest';
import { LEVELS } from '../../../src/levels';
import { NEAR, SOLVED } from '../../support/boards';
import { fakeOnline } from '../../support/fakeOnline';
import { makeOnline, settle } from '../../support/online';
import { makeStore } from '../../support/store';

describe('registering games', () => {
  it('registers a level, a daily board and any other board by its codes', async () => {
    const { store, game } = makeStore();
    game().loadLevel(2);
    const { server, state } = makeOnline(store);
    await settle();
    expect(server.calls.at(-1)).toEqual({ method: 'startGame', arg: { level: 2 } });
    expect(state().registration).toEqual({ state: 'registered', id: 'g1', par: LEVELS[1]!.par });
    expect(state().reach).toBe('online');

    await game().loadDaily('2026-11-20');
    await settle();
    expect(server.calls.at(-1)).toEqual({ method: 'startGame', arg: { daily: '2026-11-20' } });
    expect(state().registration).toMatchObject({ state: 'registered', id: 'g2' });

    game().newGame(NEAR);
    await settle();
    expect(server.calls.at(-1)).toEqual({ method: 'startGame', arg: { board: NEAR } });
    expect(state().registration).toMatchObject({ state: 'registered', id: 'g3' });
  });

  it('registers nothing for a board that starts solved', async () => {
    const { store } = makeStore({ board: SOLVED });
    const { server, state } = makeOnline(store);
    await settle();
    expect(server.calls).toEqual([]);
    expect(state().registration).toEqual({ state: 'none' });
  });

  it('keeps only the newest game: an answer about an older one is dropped', async () => {
    const { store, game } = makeStore();
    game().loadLevel(1);
    const { server, state } = makeOnline(store);
    server.hold();
    await settle();
    game().loadLevel(3);
    await server.release();
    expect(server.calls.map((c) => c.arg)).toEqual([{ level: 1 }, { level: 3 }]);
    expect(state().registration).toEqual({ state: 'registered', id: 'g2', par: LEVELS[2]!.par });
  });

  it('says when the server has another board for a level', async () => {
    const { store, game } = makeStore();
    game().loadLevel(1);
    const server = fakeOnline();
    const real = server.startGame;
    server.startGame = async (source, o) => {
      const answer = await real(source, o);
      return answer.ok ? { ok: true, value: { ...answer.value, pebbles: NEAR.pebbles } } : answer;
    };
    const { state } = makeOnline(store, { server });
    await settle();
    const played = { plates: LEVELS[0]!.plates, pebbles: LEVELS[0]!.pebbles };
    expect(state().registration).toEqual({
      state: 'failed',
      problem: { kind: 'mismatch', server: { plates: played.plates, pebbles: NEAR.pebbles }, played },
    });
  });

  it('stops registering once no server answered, and starts again when one does', async () => {
    const { store, game } = makeStore();
    game().loadLevel(1);
    const server = fakeOnline();
    server.fail('startGame', { kind: 'offline', message: 'nothing listens' });
    const { online, state } = makeOnline(store, { server });
    await settle();
    expect(state().reach).toBe('offline');
    expect(state().registration).toMatchObject({ state: 'failed', problem: { kind: 'offline' } });
    game().loadLevel(2);
    await settle();
    expect(server.calls.filter((c) => c.method === 'startGame')).toHaveLength(1);
    expect(state().registration).toEqual({ state: 'none' });

    await online.show({ level: 2 });
    expect(state().reach).toBe('online');
    game().loadLevel(3);
    await settle();
    expect(state().registration).toMatchObject({ state: 'registered' });
  });

  it('keeps a failed registration as data: rate limits, refusals, timeouts', async () => {
    const { store, game } = makeStore();
    game().loadLevel(1);
    const server = fakeOnline();
    server.fail('startGame', { kind: 'rate-limited', status: 429, retryAfterSeconds: 30, message: 'too many' });
    const { state } = makeOnline(store, { server });
    await settle();
    expect(state().registration).toEqual({
      state: 'failed',
      problem: { kind: 'rate-limited', status: 429, retryAfterSeconds: 30, message: 'too many' },
    });
    expect(state().reach).toBe('online');
    server.fail('startGame', { kind: 'timeout', message: 'no answer' });
    game().loadLevel(2);
    await settle();
    expect(state().registration).toMatchObject({ state: 'failed', problem: { kind: 'timeout' } });
    game().loadLevel(3);
    await settle();
    expect(state().registration).toMatchObject({ state: 'registered' });
  });
});
