/**
 * The end of a game: once the board is sorted and par is known, the result (moves against par,
 * stars, the help it had), the saved stats, the `won` announcement and the host's `solved`
 * event. A board sorted while the solver is down gets its own notice instead. Must not import
 * UI code or solver runtime code.
 */
import { isSolved } from '../engine';
import type { StoreContext } from './context';
import { tell } from './context';
import { boardId, latestStats, recordWin, saveStats } from './stats';
import type { GameResult } from './types';

/** Three stars at par, two for one or two extra moves, otherwise one. */
export function starsFor(moves: number, par: number): 1 | 2 | 3 {
  if (moves <= par) return 3;
  return moves - par <= 2 ? 2 : 1;
}

/** Ends the game when the board is solved and par is known: result, stats, announcement, event. */
export function finishIfSolved(ctx: StoreContext): void {
  const { game, answers, progress } = ctx.get();
  const par = answers.par;
  if (game.result || game.past.length === 0 || par === null || !isSolved(game.board)) return;
  const moves = game.past.length;
  const result: GameResult = {
    moves,
    par,
    // The solution's moves are the solver's, not the player's: no stars for them.
    stars: game.solutionShown ? 0 : starsFor(moves, par),
    hintsUsed: game.hintsUsed,
    solutionShown: game.solutionShown,
  };
  // Only today's daily board makes a streak day; an older one opened from a link is just a board.
  const daily = game.source.kind === 'daily' && game.source.today ? game.source.date : null;
  const stats = recordWin(latestStats(ctx.storage, progress.stats), boardId(game.start), result, daily);
  saveStats(ctx.storage, stats);
  ctx.update({ game: { result }, progress: { stats }, session: { announcement: { kind: 'won', result } } });
  ctx.emit({ type: 'solved', moves, par });
}

/**
 * The win needs par for its stars, and par needs the solver. When the solver has failed and the
 * player has sorted the board anyway, say so rather than leave the triumph unremarked.
 */
export function solvedWithoutPar(ctx: StoreContext): void {
  const { game, answers } = ctx.get();
  if (game.result || answers.par !== null || game.past.length === 0 || !isSolved(game.board)) return;
  const moves = game.past.length;
  tell(ctx, { kind: 'solved-without-par', moves }, { announcement: { kind: 'solved-without-par', moves } });
}
