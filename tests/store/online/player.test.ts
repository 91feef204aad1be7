/**
 * The leaderboard player as the browser keeps them: read back whole, a damaged field dropped
 * alone, unreadable data left untouched (and never written over, even after a submission), and
 * storage that throws never breaking the game.
 */
import { describe, expect, it } from 'vitest';
import { NO_PLAYER, PLAYER_KEY, loadPlayer, savePlayer } from '../../../src/store/online/player';
import { memoryStorage } from '../../support/fakeSolver';
import { makeOnline, settle, win } from '../../support/online';
import { makeStore } from '../../support/store';

const SECRET = 'abcdefghijklmnopqrstuvwxyz0123456789_-ABCDE';
const stored = (value: unknown) => memoryStorage({ [PLAYER_KEY]: typeof value === 'string' ? value : JSON.stringify(value) });

describe('the saved player', () => {
  it('reads back what it saved, and removes the key when nothing is left to keep', () => {
    const storage = memoryStorage();
    expect(loadPlayer(storage)).toEqual({ player: NO_PLAYER, writable: true });
    savePlayer(storage, { secret: SECRET, name: 'Ana', auto: true });
    expect(loadPlayer(storage)).toEqual({ player: { secret: SECRET, name: 'Ana', auto: true }, writable: true });
    savePlayer(storage, NO_PLAYER);
    expect(storage.data.has(PLAYER_KEY)).toBe(false);
  });

  it.each([
    ['a secret of the wrong shape', { version: 1, secret: 'short', name: 'Ana', auto: true }, { secret: null, name: 'Ana', auto: true }],
    [
      'a name the server would refuse',
      { version: 1, secret: SECRET, name: '<b>', auto: false },
      { secret: SECRET, name: null, auto: false },
    ],
    [
      'a choice that is not true or false',
      { version: 1, secret: SECRET, name: 'Ana', auto: 'yes' },
      { secret: SECRET, name: 'Ana', auto: false },
    ],
  ])('drops %s and keeps the rest', (_, value, player) => {
    expect(loadPlayer(stored(value))).toEqual({ player, writable: true });
  });

  it.each([
    ['text that is not JSON', '{"version":1,"secret":'],
    ['another version', { version: 2, secret: SECRET, name: 'Ana' }],
    ['a list', [1, 2]],
  ])('leaves %s alone and keeps the player for this visit only', async (_, value) => {
    const storage = stored(value);
    const before = storage.data.get(PLAYER_KEY);
    expect(loadPlayer(storage)).toEqual({ player: NO_PLAYER, writable: false });
    const { store, game } = makeStore();
    game().loadLevel(1);
    const { online, state } = makeOnline(store, { storage });
    await settle();
    await win(store);
    await online.submit('Ana');
    expect(state().submission).toMatchObject({ state: 'sent' });
    expect(state().player).toMatchObject({ name: 'Ana', known: true });
    expect(storage.data.get(PLAYER_KEY)).toBe(before);
  });

  it('survives storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(loadPlayer(broken)).toEqual({ player: NO_PLAYER, writable: false });
    expect(savePlayer(broken, { secret: SECRET, name: 'Ana', auto: false })).toBe(false);
    expect(loadPlayer(null)).toEqual({ player: NO_PLAYER, writable: false });
  });
});
