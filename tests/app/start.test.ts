/**
 * How the app opens: the board its address names; with none, the last board's unfinished game,
 * else the first level not solved yet; a link that cannot be opened, or a level that does not
 * exist, says why over that fallback.
 */
import { describe, expect, it, vi } from 'vitest';
import { openingFor } from '../../src/app/start';
import { EXAMPLE_BOARD } from '../../src/engine';
import { LEVELS } from '../../src/levels';
import { FINISHED_KEY, LAST_KEY, ROOT_KEY, gameKey } from '../../src/store';
import { memoryStorage } from '../support/fakeSolver';

const NOW = new Date(2026, 10, 22, 12);
const level = (i: number) => LEVELS[i - 1]!;
const key = (i: number) => `${level(i).plates}/${level(i).pebbles}`;
const save = (extra: object) =>
  JSON.stringify({
    version: 2,
    id: 'g',
    source: { kind: 'level', id: 2 },
    past: [],
    future: [],
    hintsUsed: 1,
    solutionShown: false,
    recorded: false,
    coach: false,
    ...extra,
  });

describe('openingFor', () => {
  it('opens what the address names', async () => {
    expect(await openingFor('#level=3', null, NOW)).toEqual({ level: 3 });
    expect(await openingFor('#daily=2026-11-20', null, NOW)).toEqual({ daily: '2026-11-20' });
    expect(await openingFor('#daily', null, NOW)).toEqual({ daily: true });
    expect(await openingFor(`#plates=${EXAMPLE_BOARD.plates}&pebbles=${EXAMPLE_BOARD.pebbles}`, null, NOW)).toEqual({
      board: EXAMPLE_BOARD,
    });
  });

  it('opens the first level when nothing is saved and no board is named', async () => {
    expect(await openingFor('', memoryStorage(), NOW)).toEqual({ level: 1 });
  });

  it('loads the saved-data reader before the board only when something is saved', async () => {
    vi.resetModules();
    const openingOf = vi.fn(() => ({ level: 2 }));
    vi.doMock('../../src/store/saved/load', () => ({ openingOf }));
    try {
      const fresh = (await import('../../src/app/start')).openingFor;
      expect(await fresh('', memoryStorage(), NOW)).toEqual({ level: 1 });
      expect(await fresh('', null, NOW)).toEqual({ level: 1 });
      expect(await fresh('#level=999', memoryStorage({ 'tripebble:game:x': '{}' }), NOW)).toMatchObject({ level: 1 });
      expect(openingOf).not.toHaveBeenCalled();
      expect(await fresh('', memoryStorage({ [LAST_KEY]: '{}' }), NOW)).toEqual({ level: 2 });
      expect(openingOf).toHaveBeenCalledTimes(1);
    } finally {
      vi.doUnmock('../../src/store/saved/load');
      vi.resetModules();
    }
  });

  it('opens the first level not solved yet', async () => {
    const games = [1, 2].map((i) => ({
      id: `g${i}`,
      board: key(i),
      date: '2026-11-21',
      moves: 9,
      par: 4,
      stars: 1,
      hintsUsed: 0,
      solutionShown: false,
    }));
    const storage = memoryStorage({ [FINISHED_KEY]: JSON.stringify({ version: 2, games }) });
    expect(await openingFor('', storage, NOW)).toEqual({ level: 3 });
  });

  it('goes on with the last board when its game is unfinished, and not when it was won', async () => {
    const storage = memoryStorage({ [LAST_KEY]: JSON.stringify({ version: 2, board: key(2) }), [gameKey(level(2))]: save({}) });
    expect(await openingFor('', storage, NOW)).toEqual({
      board: { plates: level(2).plates, pebbles: level(2).pebbles },
      source: { kind: 'level', id: 2 },
    });
    storage.setItem(gameKey(level(2)), save({ recorded: true }));
    expect(await openingFor('', storage, NOW)).toEqual({ level: 1 });
  });

  it('falls back with the reason when the link cannot be opened or names no level there is', async () => {
    expect(await openingFor('#level=999', null, NOW)).toEqual({
      level: 1,
      notice: { kind: 'no-such-level', id: 999, count: LEVELS.length },
    });
    expect(await openingFor('#level=0x10', null, NOW)).toEqual({
      level: 1,
      notice: { kind: 'link-invalid', error: { code: 'level', value: '0x10' }, fallback: true },
    });
    expect(await openingFor('#daily=2026-11-23', null, NOW)).toMatchObject({ notice: { error: { code: 'not-yet', day: '2026-11-23' } } });
  });

  it('reads no stats of a newer version', async () => {
    const storage = memoryStorage({
      [ROOT_KEY]: JSON.stringify({ version: 3 }),
      [LAST_KEY]: JSON.stringify({ version: 2, board: key(2) }),
      [gameKey(level(2))]: save({}),
    });
    expect(await openingFor('', storage, NOW)).toEqual({ level: 1 });
  });
});
