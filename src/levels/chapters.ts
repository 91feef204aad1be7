/**
 * What the level list is made of beyond its data, for the level builder, tests and lazily loaded
 * panels (kept out of src/levels/index.ts, which every first load carries): the final chapter's
 * boards, and the difficulty band of any par. Data and tiny helpers only.
 */
import type { Difficulty, Level } from './index';
import { DIFFICULTIES } from './index';

/**
 * The example layout of RULES.md and its hardest boards: a full breadth-first search of its
 * 10,216,206,000 boards (RULES.md) finds that none needs more than 25 moves and exactly nine
 * need 25. Those nine are the final chapter, the last levels.
 */
export const HARDEST = { plates: 'WCBRBOGYGPCORPY', distance: 25, count: 9 } as const;

/** The final chapter: the levels that are the example layout's hardest boards. */
export function isFinalChapter(level: Level): boolean {
  return level.plates === HARDEST.plates && level.par === HARDEST.distance;
}

/**
 * The difficulty band a par falls in: boards easier than the easy band count as easy, and those
 * harder than the expert band (24 and 25 moves, the hardest there are) as expert.
 */
export function difficultyOf(par: number): Difficulty {
  const bands = Object.entries(DIFFICULTIES) as [Difficulty, { min: number; max: number }][];
  return bands.find(([, band]) => par <= band.max)?.[0] ?? 'expert';
}
