/**
 * Which leaderboard a game belongs to: a level, a daily board, or any other board by its codes;
 * none for a board that starts solved (there is nothing to play). Also which results may go on a
 * leaderboard, and the key each leaderboard is kept under. Pure functions; no UI imports.
 */
import { isSolved } from '../../engine';
import type { GameRecord, GameResult } from '../types';
import type { GameSource } from './types';

/** The leaderboard source of the game as played, or null when it has none. */
export function sourceOf(game: Pick<GameRecord, 'source' | 'start'>): GameSource | null {
  if (isSolved(game.start)) return null;
  const { source, start } = game;
  if (source.kind === 'level') return { level: source.id };
  if (source.kind === 'daily') return { daily: source.date };
  return { board: { plates: start.plates, pebbles: start.pebbles } };
}

/** The key a leaderboard is kept under: `daily:2026-11-22`, `level:3` or `board:PLATES/PEBBLES`. */
export function leaderboardKey(source: GameSource): string {
  if ('daily' in source) return `daily:${source.daily}`;
  if ('level' in source) return `level:${source.level}`;
  return `board:${source.board.plates}/${source.board.pebbles}`;
}

/**
 * Only games the player solved by themselves go on a leaderboard: hints (or every optimal move
 * on show) and the solution shown would make par a matter of pressing a button.
 */
export function isEligible(result: GameResult): boolean {
  return result.hintsUsed === 0 && !result.solutionShown;
}
