/**
 * Scoring and sharing: stars from moves against par, the key a board is saved under, and the
 * daily result text a player can copy (date, moves against par, hints) that gives no move away.
 */
import type { Board } from '../engine';
import type { GameResult } from './types';

/** Three stars at par, two for one or two extra moves, otherwise one. */
export function starsFor(moves: number, par: number): 1 | 2 | 3 {
  if (moves <= par) return 3;
  return moves - par <= 2 ? 2 : 1;
}

/** The key a board is saved under in the stats. */
export function keyOf(board: Board): string {
  return `${board.plates}/${board.pebbles}`;
}

/** Three star characters, `stars` of them filled; out-of-range counts are clamped, never thrown on. */
export function starText(stars: number): string {
  const filled = Math.max(0, Math.min(3, Math.trunc(stars) || 0));
  return '★'.repeat(filled) + '☆'.repeat(3 - filled);
}

/** The copyable result of a daily board. */
export function dailyShareText(date: string, result: GameResult): string {
  const help = result.solutionShown
    ? 'with the solution shown'
    : result.hintsUsed === 0
      ? 'no hints'
      : `${result.hintsUsed} hint${result.hintsUsed === 1 ? '' : 's'}`;
  return [`tripebble daily ${date}`, `${result.moves} moves (par ${result.par}) ${starText(result.stars)}`, `${help}`].join('\n');
}
