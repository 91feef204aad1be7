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

/** The most stars a game with this help can earn: 3 without help, 2 with a hint, 1 with many. */
export function starCap(hintsUsed: number, solutionShown: boolean): Stars {
  if (solutionShown) return 0;
  if (hintsUsed === 0) return 3;
  return hintsUsed < MANY_HINTS ? 2 : 1;
}

/** The stars of a win: the moves' stars, capped by the help it had. */
export function starsFor(game: StarFacts): Stars {
  return Math.min(starsForMoves(game.moves, game.par), starCap(game.hintsUsed, game.solutionShown)) as Stars;
}
