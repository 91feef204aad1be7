import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBoard } from '../../src/engine';
import { DIFFICULTIES, LEVELS, dailyDistance, dailySeed } from '../../src/levels';
import { HARDEST, difficultyOf, isFinalChapter } from '../../src/levels/chapters';
import { solve } from '../../src/solver';

describe('built-in levels', () => {
  it('has at least 30 levels, numbered in order and graded by par from 4 to 22 or more', () => {
    expect(LEVELS.length).toBeGreaterThanOrEqual(30);
    expect(LEVELS.map((l) => l.id)).toEqual(LEVELS.map((_, i) => i + 1));
    const pars = LEVELS.map((l) => l.par);
    expect(pars).toEqual([...pars].sort((a, b) => a - b));
    expect(pars[0]).toBe(4);
    expect(pars.at(-1)).toBeGreaterThanOrEqual(22);
  });

  it.each(LEVELS.map((l) => [l.id, l] as const))('level %i is a valid board whose stored par is exact', (_, level) => {
    const parsed = parseBoard(level.plates, level.pebbles);
    expect(parsed.ok).toBe(true);
    expect(solve(level).distance).toBe(level.par);
  });
});

describe('the final chapter', () => {
  const finals = LEVELS.filter(isFinalChapter);

  it('counts the hardest boards of the example layout as RULES.md does: nine at 25 moves, none beyond', () => {
    const rules = readFileSync(new URL('../../docs/RULES.md', import.meta.url), 'utf8');
    const row = /\| (\d+) \| \*\*([\d,]+)\*\* \|/.exec(rules);
    expect(row?.slice(1)).toEqual([String(HARDEST.distance), String(HARDEST.count)]);
    expect(rules).toContain(HARDEST.plates);
  });

  it('is the last nine levels: every 25-move board of the example layout, each once', () => {
    expect(finals).toHaveLength(HARDEST.count);
    expect(LEVELS.slice(-HARDEST.count)).toEqual(finals);
    expect(new Set(finals.map((l) => l.pebbles)).size).toBe(HARDEST.count);
    for (const level of finals) {
      expect(parseBoard(level.plates, level.pebbles).ok).toBe(true);
      expect(level.plates).toBe(HARDEST.plates);
    }
    // Every level before them is easier, so the chapter is the list's end.
    expect(LEVELS.slice(0, -HARDEST.count).every((l) => l.par < HARDEST.distance)).toBe(true);
  });

  it.each(finals.map((l) => [l.id, l] as const))('level %i needs exactly 25 moves, by the solver', (_, level) => {
    expect(solve(level).distance).toBe(HARDEST.distance);
  });
});

describe('difficulties and the daily board', () => {
  it('has difficulty bands that follow each other without gaps', () => {
    const bands = Object.values(DIFFICULTIES);
    for (let i = 1; i < bands.length; i++) expect(bands[i]!.min).toBe(bands[i - 1]!.max + 1);
  });

  it('puts every par in a band, the easiest and hardest boards in the outer ones', () => {
    expect([0, 4, 8, 9, 13, 14, 18, 19, 23, 24, 25].map(difficultyOf)).toEqual([
      'easy',
      'easy',
      'easy',
      'medium',
      'medium',
      'hard',
      'hard',
      'expert',
      'expert',
      'expert',
      'expert',
    ]);
  });

  it('names the day by the calendar date and grows harder through the week', () => {
    expect(dailySeed(new Date(2026, 10, 22, 23, 59))).toBe('2026-11-22');
    expect(dailySeed(new Date(2026, 0, 5, 0, 1))).toBe('2026-01-05');
    expect(dailyDistance(new Date(2026, 10, 16))).toBe(12); // a Monday
    expect(dailyDistance(new Date(2026, 10, 22))).toBe(22); // a Sunday
  });
});
