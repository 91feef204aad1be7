/** The stats worked out from finished games: best results per board, help marks, wins and the daily streak; an over-long log folded into the base. */
import { describe, expect, it } from 'vitest';
import { currentStreak, emptyStats, starsFor } from '../../../src/store';
import type { FinishedGame } from '../../../src/store';
import { addGame, statsOf, trimLog } from '../../../src/store/saved/derive';
import { previousDay } from '../../../src/store/stats';

let serial = 0;
const game = (moves: number, extra: Partial<FinishedGame> = {}): FinishedGame => {
  const shown = extra.solutionShown ?? false;
  const par = extra.par ?? 10;
  return {
    id: `g${++serial}`,
    board: 'A/B',
    date: '2026-11-22',
    moves,
    par,
    stars: starsFor({ moves, par, hintsUsed: extra.hintsUsed ?? 0, solutionShown: shown }),
    hintsUsed: 0,
    solutionShown: false,
    ...extra,
  };
};

describe('addGame', () => {
  it('keeps the best moves per board and adds hints and wins', () => {
    const stats = statsOf(emptyStats(), [game(14, { hintsUsed: 2 }), game(11), game(13)]);
    expect(stats.solved['A/B']).toEqual({ best: 11, par: 10, stars: 2 });
    expect(stats.wins).toBe(3);
    expect(stats.hintsUsed).toBe(2);
  });

  it('counts a daily streak over consecutive days and restarts it after a gap', () => {
    let stats = statsOf(
      emptyStats(),
      ['2026-02-27', '2026-02-28', '2026-03-01'].map((day) => game(10, { board: day, daily: day })),
    );
    expect(stats.daily).toMatchObject({ last: '2026-03-01', streak: 3, best: 3 });
    expect(currentStreak(stats, '2026-03-02')).toBe(3);
    expect(currentStreak(stats, '2026-03-03')).toBe(0);
    stats = addGame(stats, game(10, { daily: '2026-03-05' }));
    expect(stats.daily).toMatchObject({ streak: 1, best: 3 });
    expect(previousDay('2026-01-01')).toBe('2025-12-31');
  });

  it('records a game with the solution shown without stars, best, win or streak day', () => {
    let stats = addGame(emptyStats(), game(10, { solutionShown: true, daily: '2026-03-01' }));
    expect(stats.solved['A/B']).toEqual({ best: null, par: 10, stars: 0, help: 'solution' });
    expect(stats.wins).toBe(0);
    expect(stats.daily).toMatchObject({ last: null, streak: 0, results: { '2026-03-01': { moves: 10, shown: true } } });
    stats = addGame(stats, game(12, { hintsUsed: 1 }));
    expect(stats.solved['A/B']).toEqual({ best: 12, par: 10, stars: 2, help: 'hints' });
    stats = addGame(stats, game(10, { solutionShown: true }));
    expect(stats.solved['A/B']).toEqual({ best: 12, par: 10, stars: 2, help: 'hints' });
  });

  it('marks the stars with the help of the game that earned them', () => {
    let stats = statsOf(emptyStats(), [game(10, { hintsUsed: 2 }), game(15)]);
    expect(stats.solved['A/B']).toEqual({ best: 10, par: 10, stars: 2, help: 'hints' });
    stats = addGame(stats, game(10));
    expect(stats.solved['A/B']).toEqual({ best: 10, par: 10, stars: 3 });
  });

  it('counts every game by the one star rule, a game saved before hints cost stars too', () => {
    // Saved by the win panel before issue 12: three stars for par with a hint.
    const stats = statsOf(emptyStats(), [{ ...game(10, { hintsUsed: 1 }), stars: 3 }]);
    expect(stats.solved['A/B']).toEqual({ best: 10, par: 10, stars: 2, help: 'hints' });
  });

  it('counts wins by moves over par, finished games, and keeps each board’s latest game with its moves', () => {
    const path = [3, 4];
    const stats = statsOf(emptyStats(), [game(10), game(12, { path }), game(11), game(10, { solutionShown: true, stars: 0 })]);
    expect(stats.overPar).toEqual({ 0: 1, 1: 1, 2: 1 });
    expect(stats.games).toBe(4);
    expect(stats.wins).toBe(3);
    expect(stats.lastWins['A/B']).toMatchObject({ moves: 12, path });
  });

  it('counts a daily day once', () => {
    const stats = statsOf(emptyStats(), [game(12, { daily: '2026-03-01' }), game(10, { daily: '2026-03-01' })]);
    expect(stats.daily.results['2026-03-01']).toEqual({ moves: 12, par: 10, hints: 0 });
    expect(stats.daily.streak).toBe(1);
  });
});

describe('trimLog', () => {
  it('folds the oldest games into the base so that the stats stay the same', () => {
    const games = Array.from({ length: 7 }, (_, i) => game(10 + i, { board: `B${i % 3}/X`, daily: `2026-03-0${i + 1}` }));
    const trimmed = trimLog(emptyStats(), games, 4);
    expect(trimmed.games).toEqual(games.slice(3));
    expect(statsOf(trimmed.base, trimmed.games)).toEqual(statsOf(emptyStats(), games));
    expect(trimLog(emptyStats(), games, 10).games).toBe(games);
  });
});
