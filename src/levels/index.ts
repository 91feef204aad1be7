/**
 * The built-in boards: the level list (data made by the project's own generator and solver, see
 * scripts/build-levels.ts), the difficulty bands for random boards, and the daily board's seed.
 * Data and tiny helpers only; the main thread may import this (it holds no solver code).
 */
import { levels } from './levels.json';

export interface Level {
  /** 1-based number shown to players. */
  readonly id: number;
  readonly plates: string;
  readonly pebbles: string;
  /** The exact fewest moves. */
  readonly par: number;
}

/** The levels as levels.json keeps them: "plates pebbles par", numbered from 1 in order. */
export const LEVELS: readonly Level[] = levels.map((line, i) => {
  const [plates = '', pebbles = '', par] = line.split(' ');
  return { id: i + 1, plates, pebbles, par: Number(par) };
});

export type Difficulty = 'easy' | 'medium' | 'hard' | 'expert';

/** Exact par ranges of the random-board difficulties. */
export const DIFFICULTIES: Readonly<Record<Difficulty, { readonly min: number; readonly max: number }>> = {
  easy: { min: 4, max: 8 },
  medium: { min: 9, max: 13 },
  hard: { min: 14, max: 18 },
  expert: { min: 19, max: 23 },
};

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * The seed of the daily board: the player's calendar date, 'YYYY-MM-DD', so everyone who plays
 * on a given date gets the same board.
 */
export function dailySeed(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Par of the daily board: it grows through the week, from 12 on Monday to 22 on Sunday. */
export function dailyDistance(date: Date): number {
  return [22, 12, 14, 16, 17, 18, 20][date.getDay()]!;
}
