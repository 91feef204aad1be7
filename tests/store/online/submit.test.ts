/**
 * The leaderboards' controller putting wins on: under the name given (remembered, with the secret
 * made once), never for help, an invalid name or twice; at once when the player asked; a
 * timed-out finish found through the player's own entry; failures as data; playing again.
 */
import { describe, expect, it } from 'vitest';
import { LEVELS } from '../../../src/levels';
import { PLAYER_KEY } from '../../../src/store/online';
import { NEAR } from '../../support/boards';
import { memoryStorage } from '../../support/fakeSolver';
import { makeOnline, settle, win } from '../../support/online';
import { makeStore } from '../../support/store';

describe('putting a win on the leaderboard', () => {
  it('sends the moves under the name given, remembers the name and makes the secret once', async () => {
    const storage = memoryStorage();
    const { store, game } = makeStore();
    game().loadLevel(1);
    const { online, server, state, secretsMade } = makeOnline(store, { storage });
    await settle();
    server.tick(41_500);
    await win(store);
    expect(state().submission).toEqual({ state: 'idle' });
    await online.submit('  Ana  ');
    expect(server.calls.at(-1)).toEqual({
      method: 'finishGame',
      arg: { id: 'g1', moves: game().game.past, player: expect.any(String), name: 'Ana' },
    });
    expect(state().submission).toEqual({ state: 'sent', rank: 1, total: 1, moves: LEVELS[0]!.par, ms: 41_500 });
    expect(state().player).toEqual({ name: 'Ana', auto: false, known: true });
    expect(JSON.parse(storage.data.get(PLAYER_KEY)!)).toMatchObject({ version: 1, name: 'Ana', auto: false });
    expect(server.names({ level: 1 })).toEqual(['Ana']);

    game().loadLevel(2);
    await settle();
    await win(store);
    await online.submit();
    expect(state().submission).toMatchObject({ state: 'sent', rank: 1 });
    expect(secretsMade()).toBe(1);
  });

  it('sends nothing for an invalid name, a game with help, or a game sent already', async () => {
    const { store, game } = makeStore();
    game().loadLevel(1);
    const { online, server, state } = makeOnline(store);
    await settle();
    await win(store);
    await online.submit('<b>Ana</b>');
    await online.submit('');
    expect(server.calls.filter((c) => c.method === 'finishGame')).toEqual([]);
    await online.submit('Ana');
    await online.submit('Ana');
    expect(server.calls.filter((c) => c.method === 'finishGame')).toHaveLength(1);

    game().loadLevel(2);
    await settle();
    game().pressHint();
    await settle();
    await win(store);
    expect(game().game.result?.hintsUsed).toBe(1);
    await online.submit('Ana');
    expect(server.calls.filter((c) => c.method === 'finishGame')).toHaveLength(1);
    expect(state().submission).toEqual({ state: 'idle' });
  });

  it('puts each win on at once when the player asked for that, until they say otherwise', async () => {
    const storage = memoryStorage();
    const { store, game } = makeStore();
    game().loadLevel(1);
    const { online, server, state } = makeOnline(store, { storage });
    await settle();
    await win(store);
    await online.submit('Ana', true);
    game().loadLevel(2);
    await settle();
    await win(store);
    await settle();
    expect(server.calls.filter((c) => c.method === 'finishGame')).toHaveLength(2);
    expect(state().submission).toMatchObject({ state: 'sent' });
    expect(server.names({ level: 2 })).toEqual(['Ana']);

    online.setAuto(false);
    expect(state().player.auto).toBe(false);
    game().loadLevel(3);
    await settle();
    await win(store);
    await settle();
    expect(server.calls.filter((c) => c.method === 'finishGame')).toHaveLength(2);
    expect(state().submission).toEqual({ state: 'idle' });
  });

  it('puts a win on once its game is registered, when it came first', async () => {
    const storage = memoryStorage({ [PLAYER_KEY]: JSON.stringify({ version: 1, secret: 'S'.repeat(43), name: 'Bo', auto: true }) });
    const { store, game } = makeStore();
    game().loadLevel(1);
    const { server, state } = makeOnline(store, { storage });
    server.hold();
    await win(store);
    await server.release();
    await settle();
    expect(state().submission).toMatchObject({ state: 'sent', rank: 1 });
    expect(server.names({ level: 1 })).toEqual(['Bo']);
  });

  it('finds a result that landed although its answer timed out: 409, then the player’s own entry', async () => {
    const { store, game } = makeStore();
    game().loadLevel(1);
    const { online, server, state } = makeOnline(store);
    await settle();
    await win(store);
    server.fail('finishGame', { kind: 'timeout', message: 'no answer within 8000 ms' }, { landed: true });
    await online.submit('Ana');
    expect(state().submission).toEqual({ state: 'failed', problem: { kind: 'timeout', message: 'no answer within 8000 ms' } });
    await online.submit('Ana');
    expect(server.calls.slice(-2).map((c) => c.method)).toEqual(['finishGame', 'leaderboard']);
    expect(state().submission).toEqual({ state: 'sent', moves: LEVELS[0]!.par, ms: null, rank: 1, total: 1 });
  });

  it('keeps a refusal, a rate limit or an unknown game as data, and may try again', async () => {
    const { store, game } = makeStore();
    game().loadLevel(1);
    const { online, server, state } = makeOnline(store);
    await settle();
    await win(store);
    const limited = { kind: 'rate-limited', status: 429, retryAfterSeconds: 12, message: 'too many' } as const;
    server.fail('finishGame', limited);
    await online.submit('Ana');
    expect(state().submission).toEqual({ state: 'failed', problem: limited });
    const refused = { kind: 'rejected', status: 422, message: 'move 3 is illegal' } as const;
    server.fail('finishGame', refused);
    await online.submit('Ana');
    expect(state().submission).toEqual({ state: 'failed', problem: refused });
    await online.submit('Ana');
    expect(state().submission).toMatchObject({ state: 'sent' });
  });

  it('registers a new game when the player plays a sent one again, not when they undo and redo', async () => {
    const { store, game } = makeStore();
    game().loadLevel(1);
    const { online, server, state } = makeOnline(store);
    await settle();
    await win(store);
    await online.submit('Ana');
    game().undo();
    game().redo();
    await settle();
    expect(server.calls.filter((c) => c.method === 'startGame')).toHaveLength(1);
    expect(state().submission).toMatchObject({ state: 'sent' });
    game().restart();
    await settle();
    expect(server.calls.filter((c) => c.method === 'startGame')).toHaveLength(2);
    expect(state()).toMatchObject({ registration: { state: 'registered', id: 'g2' }, submission: { state: 'idle' } });
  });

  it('registers nothing for a game won before the leaderboards connected', async () => {
    const { store, game } = makeStore({ board: NEAR });
    await settle();
    await win(store);
    expect(game().game.result).not.toBeNull();
    const { server, state } = makeOnline(store);
    await settle();
    expect(server.calls).toEqual([]);
    expect(state().registration).toEqual({ state: 'none' });
  });
});
