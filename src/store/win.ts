/**
 * The end of a game: once the board is sorted and par is known, the result (moves against par,
 * stars, the help it had), the `won` announcement and, the first time only, the record in the
 * finished-games log and the host's `solved` event: undo and redo after a win, a reload or
 * another tab never count a game twice. A board sorted while the solver is down gets its own
 * notice instead. Must not import UI code or solver runtime code.
 */
import { isSolved } from '../engine';
import { dailySeed } from '../levels';
import type { StoreContext } from './context';
import { showing, tell } from './context';
import type { FinishedGame } from './finished';
import { appendFinished } from './finished';
import { starsFor } from './stars';
import { boardId } from './storage';
import type { GameRecord, GameResult } from './types';

/** The log's record of a won game, on the player's day `today`. */
export function finishedGame(game: GameRecord, result: GameResult, today: string): FinishedGame {
  // Only today's daily board makes a streak day; an older one opened from a link is just a board.
  const daily = game.source.kind === 'daily' && game.source.today ? game.source.date : null;
  // Nothing is left to redo at a first win (moves stop there), so every mark is of a move in `past`.
  return { id: game.id, board: boardId(game.start), date: today, ...result, ...(daily && { daily }), path: game.past, hinted: game.hinted };
}

/**
 * Ends the game when the board is solved and par is known. A game already recorded (read back
 * from a save, or redone after Undo) shows its result again, quietly.
 */
export function finishIfSolved(ctx: StoreContext): void {
  const { game, answers } = ctx.get();
  const par = answers.par;
  if (game.result || game.past.length === 0 || par === null || !isSolved(game.board)) return;
  const moves = game.past.length;
  const facts = { moves, par, hintsUsed: game.hintsUsed, solutionShown: game.solutionShown };
  // The solution's moves are the solver's, not the player's: no stars for them (starsFor).
  const result: GameResult = { ...facts, stars: starsFor(facts) };
  if (game.recorded) return ctx.update({ game: { result } });
  const record = finishedGame(game, result, dailySeed(ctx.now()));
  const saved = appendFinished(ctx.vault, record);
  // A win that could not be saved says so: it must not pass as kept.
  const cause = ctx.vault.readOnly ? 'newer' : (ctx.vault.failure ?? 'damaged');
  ctx.update((s) => ({
    game: { result, recorded: true },
    session: { announcement: { kind: 'won', result }, ...(saved ? {} : showing(s.session, { kind: 'not-saved', cause, win: true })) },
  }));
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
