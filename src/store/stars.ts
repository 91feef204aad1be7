/**
 * The one star rule, which the win panel, the finished-games log, the stats and the Levels list
 * all read: stars say how well the player did on their own. Three only for a game at par without
 * help; any hint caps them at two, many hints at one; the solution shown earns none. Pure; no UI
 * imports.
 */

/** Hints that count as "many": from this many hint steps on, a win earns one star at most. */
export const MANY_HINTS = 3;

/** What the stars of a win are worked out from. */
export interface StarFacts {
  readonly moves: number;
  readonly par: number;
  /** Hint steps, and moves made with every optimal move on show. */
  readonly hintsUsed: number;
  readonly solutionShown: boolean;
}

export type Stars = 0 | 1 | 2 | 3;

/** Stars for the moves alone: three at par, two for one or two extra moves, otherwise one. */
export function starsForMoves(moves: number, par: number): 1 | 2 | 3 {
  if (moves <= par) return 3;
  return moves - par <= 2 ? 2 : 1;
}

/** The stars of a win: the moves' stars, capped at two by any hint and at one by many. */
export function starsFor(game: StarFacts): Stars {
  if (game.solutionShown) return 0;
  const cap = game.hintsUsed === 0 ? 3 : game.hintsUsed < MANY_HINTS ? 2 : 1;
  return Math.min(starsForMoves(game.moves, game.par), cap) as Stars;
}
