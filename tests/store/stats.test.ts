/** Saved stats: schema checks, reset of damaged or old data, best results and the daily streak. */
import { describe, expect, it } from 'vitest';
import { STORAGE_KEY, currentStreak, emptyStats, loadStats } from '../../src/store';
import { previousDay, recordWin, saveStats } from '../../src/store/stats';
import type { GameResult } from '../../src/store';
import { memoryStorage } from '../support/fakeSolver';

const win = (moves: number, par = 10, hintsUsed = 0): GameResult => ({
  moves,
  par,
  stars: moves === par ? 3 : 2,
  hintsUsed,
  solutionShown: false,
});

describe('loadStats', () => {
  it.each([
    ['not JSON', '{oops', 'damaged'],
    ['a wrong shape', JSON.stringify({ version: 1, settings: {}, solved: [] }), 'damaged'],
    ['negative counts', JSON.stringify({ ...emptyStats(), wins: -1 }), 'damaged'],
    ['another version', JSON.stringify({ version: 0, wins: 3 }), 'other-version'],
    ['a bare number', '42', 'damaged'],
    ['stars out of range', JSON.stringify({ ...emptyStats(), solved: { 'A/B': { best: 4, par: 4, stars: 9 } } }), 'damaged'],
    ['a daily date that is no date', JSON.stringify({ ...emptyStats(), daily: { ...emptyStats().daily, last: 'soon' } }), 'damaged'],
  ])('resets %s and says why', (_name, text, problem) => {
    const storage = memoryStorage({ [STORAGE_KEY]: text });
    const loaded = loadStats(storage);
    expect(loaded).toEqual({ stats: emptyStats(), problem });
    expect(JSON.parse(storage.data.get(STORAGE_KEY)!)).toEqual(emptyStats());
  });

  it('reads back what it saved', () => {
    const storage = memoryStorage();
    const stats = recordWin(emptyStats(), 'A/B', win(12), '2026-01-02');
    saveStats(storage, stats);
    expect(loadStats(storage)).toEqual({ stats, problem: null });
  });

  it('survives a storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => undefined,
    };
    expect(loadStats(broken).stats).toEqual(emptyStats());
    expect(() => saveStats(broken, emptyStats())).not.toThrow();
  });
});

describe('recordWin', () => {
  it('keeps the best moves per board and adds hints and wins', () => {
    let stats = recordWin(emptyStats(), 'A/B', win(14, 10, 2), null);
    stats = recordWin(stats, 'A/B', win(11, 10), null);
    stats = recordWin(stats, 'A/B', win(13, 10), null);
    expect(stats.solved['A/B']).toEqual({ best: 11, par: 10, stars: 2 });
    expect(stats.wins).toBe(3);
    expect(stats.hintsUsed).toBe(2);
  });

  it('counts a daily streak over consecutive days and restarts it after a gap', () => {
    let stats = emptyStats();
    for (const day of ['2026-02-27', '2026-02-28', '2026-03-01']) stats = recordWin(stats, day, win(10), day);
    expect(stats.daily).toMatchObject({ last: '2026-03-01', streak: 3, best: 3 });
    expect(currentStreak(stats, '2026-03-02')).toBe(3);
    expect(currentStreak(stats, '2026-03-03')).toBe(0);
    stats = recordWin(stats, '2026-03-05', win(10), '2026-03-05');
    expect(stats.daily).toMatchObject({ streak: 1, best: 3 });
    expect(previousDay('2026-01-01')).toBe('2025-12-31');
  });

  it('records a win with the solution shown without stars, best, win or streak day', () => {
    const shown: GameResult = { ...win(10), stars: 0, solutionShown: true };
    let stats = recordWin(emptyStats(), 'A/B', shown, '2026-03-01');
    expect(stats.solved['A/B']).toEqual({ best: null, par: 10, stars: 0, help: 'solution' });
    expect(stats.wins).toBe(0);
    expect(stats.daily).toMatchObject({ last: null, streak: 0, results: { '2026-03-01': { moves: 10, shown: true } } });
    stats = recordWin(stats, 'A/B', win(12, 10, 1), null);
    expect(stats.solved['A/B']).toEqual({ best: 12, par: 10, stars: 2, help: 'hints' });
    stats = recordWin(stats, 'A/B', shown, null);
    expect(stats.solved['A/B']).toEqual({ best: 12, par: 10, stars: 2, help: 'hints' });
  });

  it('marks the stars with the help of the game that earned them', () => {
    let stats = recordWin(emptyStats(), 'A/B', { ...win(10, 10, 2), stars: 3 }, null);
    stats = recordWin(stats, 'A/B', { ...win(15), stars: 1 }, null);
    expect(stats.solved['A/B']).toEqual({ best: 10, par: 10, stars: 3, help: 'hints' });
    stats = recordWin(stats, 'A/B', { ...win(10), stars: 3 }, null);
    expect(stats.solved['A/B']).toEqual({ best: 10, par: 10, stars: 3 });
  });

  it('reads back entries with the solution shown, and rejects a best with no stars', () => {
    const storage = memoryStorage();
    const stats = recordWin(emptyStats(), 'A/B', { ...win(10), stars: 0, solutionShown: true }, null);
    saveStats(storage, stats);
    expect(loadStats(storage).stats).toEqual(stats);
    saveStats(storage, { ...emptyStats(), solved: { 'A/B': { best: 4, par: 4, stars: 0 } } });
    expect(loadStats(storage).problem).toBe('damaged');
  });
});
