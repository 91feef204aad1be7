/**
 * The leaderboards' controller reading leaderboards (with the player's own entry, the last answer
 * kept on show meanwhile, only reads from another origin, offline when nothing answers) and
 * removing the player's results.
 */
import { describe, expect, it } from 'vitest';
import { PLAYER_KEY } from '../../../src/store/online';
import { SOLVED } from '../../support/boards';
import { memoryStorage } from '../../support/fakeSolver';
import { makeOnline, settle, win } from '../../support/online';
import { makeStore } from '../../support/store';

describe('reading leaderboards and forgetting the player', () => {
  it('reads a leaderboard with the player’s own entry, keeping the last answer on show meanwhile', async () => {
    const { store, game } = makeStore();
    game().loadLevel(1);
    const { online, server, state } = makeOnline(store);
    await settle();
    await win(store);
    await online.submit('Ana');
    await online.show({ level: 1 });
    const loaded = state().boards['level:1'];
    expect(loaded).toMatchObject({ state: 'loaded', board: { total: 1, entries: [{ rank: 1, name: 'Ana' }], you: { rank: 1 } } });
    server.hold();
    const again = online.show({ level: 1 });
    expect(state().boards['level:1']).toEqual({ state: 'loading', last: loaded?.state === 'loaded' ? loaded.board : null });
    await server.release();
    await again;
    server.fail('leaderboard', { kind: 'server', status: 500, message: 'the server failed' });
    await online.show({ level: 1 });
    expect(state().boards['level:1']).toMatchObject({ state: 'failed', problem: { kind: 'server' }, last: { total: 1 } });
  });

  it('only reads leaderboards, without the secret, from a server on another origin', async () => {
    const { store, game } = makeStore();
    game().loadLevel(1);
    const storage = memoryStorage({ [PLAYER_KEY]: JSON.stringify({ version: 1, secret: 'S'.repeat(43), name: 'Bo', auto: true }) });
    const { online, server, state } = makeOnline(store, { storage, sameOrigin: false });
    await settle();
    await win(store);
    await online.show({ daily: '2026-11-20' });
    expect(server.calls).toEqual([{ method: 'leaderboard', arg: { daily: '2026-11-20' } }]);
    expect(state().registration).toEqual({ state: 'none' });
    const board = state().boards['daily:2026-11-20'];
    expect(board?.state === 'loaded' && 'you' in board.board).toBe(false);
  });

  it('says leaderboards are offline when no server answers a read', async () => {
    const { store } = makeStore({ board: SOLVED });
    const { online, server, state } = makeOnline(store);
    server.fail('leaderboard', { kind: 'offline', message: 'no leaderboard server at /api/' });
    await online.show({ level: 1 });
    expect(state().reach).toBe('offline');
    expect(state().boards['level:1']).toMatchObject({ state: 'failed', problem: { kind: 'offline' }, last: null });
  });

  it('removes the player’s results and forgets them here', async () => {
    const storage = memoryStorage();
    const { store, game } = makeStore();
    game().loadLevel(1);
    const { online, server, state, secretsMade } = makeOnline(store, { storage });
    await settle();
    await win(store);
    await online.submit('Ana');
    server.fail('deletePlayer', { kind: 'offline', message: 'nothing listens' });
    await online.forget();
    expect(state().forgetting).toMatchObject({ state: 'failed', problem: { kind: 'offline' } });
    expect(state().player.known).toBe(true);
    await online.forget();
    expect(state().forgetting).toEqual({ state: 'done', removed: 1 });
    expect(state().player).toEqual({ name: null, auto: false, known: false });
    expect(storage.data.has(PLAYER_KEY)).toBe(false);
    expect(server.names({ level: 1 })).toEqual([]);

    game().loadLevel(2);
    await settle();
    await win(store);
    await online.submit('Cy');
    expect(secretsMade()).toBe(2);
  });
});
