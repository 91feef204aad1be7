/**
 * The app's leaderboard wiring: where the API is (next to the page, or at the address the build
 * was given), and one controller per game store, loaded on the first ask.
 */
import { describe, expect, it } from 'vitest';
import { apiBase } from '../../src/app/online';
import { onlineOf } from '../../src/app/OnlineApp';
import { makeStore } from '../support/store';

describe('the API address', () => {
  it.each([
    ['http://127.0.0.1:8080/#daily', undefined, 'http://127.0.0.1:8080/#daily'],
    ['https://example.org/games/tripebble/index.html', '', 'https://example.org/games/tripebble/index.html'],
    ['https://example.org/games/tripebble/', '/scores/', 'https://example.org/scores/'],
    ['https://example.org/games/tripebble/', 'https://scores.example.net/tp/', 'https://scores.example.net/tp/'],
  ])('from %s with %o is %s', (page, configured, base) => {
    expect(apiBase(page, configured)).toBe(base);
  });
});

describe('the app’s leaderboard controller', () => {
  it('is made once per game store', async () => {
    const { store } = makeStore();
    const { store: other } = makeStore();
    const online = onlineOf(store);
    expect(onlineOf(store)).toBe(online);
    expect(onlineOf(other)).not.toBe(online);
    const [mine, theirs] = await Promise.all([online, onlineOf(other)]);
    expect(mine).not.toBeNull();
    expect(mine).not.toBe(theirs);
    mine?.dispose();
    theirs?.dispose();
  });
});
