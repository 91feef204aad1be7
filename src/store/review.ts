/**
 * Review, loaded with the review and the share card rather than with the store: a finished game
 * stepped through position by position, each position's exact distance and optimal moves asked
 * of the solver one after another in the jobs' review lane (answers the game already had come
 * from the jobs' cache), and "try from here", a new game from any position of it. Must not
 * import UI code or solver runtime code.
 */
import type { Board, Move } from '../engine';
import { applyMove, parseBoard } from '../engine';
import { failureOf } from './answers';
import type { StoreContext } from './context';
import { contextOf } from './context';
import type { GameStore } from './createGameStore';
import type { LastWin } from './stats';
import type { GameRecord, Review } from './types';

/** What a review needs of a game: its id, start board, moves and which of them had help. */
export interface ReviewedGame {
  readonly id: string;
  readonly start: Board;
  readonly path: readonly Move[];
  readonly hinted: readonly number[];
}

export interface ReviewActions {
  /** Reviews `game` (keeping the review when it is already this game's) and asks what is not known yet. */
  review(game: ReviewedGame): void;
  /** Shows position `step` (clamped to the game). */
  showStep(step: number): void;
  /** Starts a new game from the position on show; false when there is no review. */
  tryFromHere(): boolean;
  closeReview(): void;
}

/** The game being played, for review. */
export const reviewOfGame = (game: GameRecord): ReviewedGame => ({ id: game.id, start: game.start, path: game.past, hinted: game.hinted });

/** A board's latest won game from the stats, for review; null when its board cannot be read. */
export function reviewOfWin(win: LastWin): ReviewedGame | null {
  const [plates = '', pebbles = ''] = win.board.split('/');
  const start = parseBoard(plates, pebbles);
  return start.ok ? { id: win.id, start: start.value, path: win.path, hinted: win.hinted ?? [] } : null;
}

/** Every position of a game, the start board first. */
export function positionsOf(start: Board, path: readonly Move[]): Board[] {
  const boards = [start];
  for (const move of path) boards.push(applyMove(boards.at(-1)!, move));
  return boards;
}

function emptyReview(game: ReviewedGame): Review {
  const unknown = Array.from({ length: game.path.length + 1 }, () => null);
  return { ...game, distances: unknown, best: unknown, line: null, step: 0, failure: null };
}

/** `list` with its `i`-th item replaced. */
const replaced = <T>(list: readonly T[], i: number, value: T): T[] => list.map((item, j) => (j === i ? value : item));

/** Asks for each position not known yet, in order, while the review stays on this game. */
async function askAll(ctx: StoreContext, id: string): Promise<void> {
  const mine = (): Review | null => {
    const review = ctx.get().review;
    return review && review.id === id ? review : null;
  };
  const start = mine();
  if (!start) return;
  const boards = positionsOf(start.start, start.path);
  for (const [i, board] of boards.entries()) {
    if (mine()?.distances[i] !== null) continue;
    let answer;
    try {
      answer = await ctx.jobs.solve(board, 'review');
    } catch (error) {
      if (mine()) ctx.update({ review: { failure: failureOf(error, 'solve') } });
      return;
    }
    const review = mine();
    if (!answer || !review) return;
    ctx.update({
      review: {
        distances: replaced(review.distances, i, answer.distance),
        best: replaced(review.best, i, answer.hints),
        ...(i === 0 && { line: answer.line }),
      },
    });
  }
}

/** The review actions on a game store. */
export function reviewActions(store: GameStore): ReviewActions {
  const ctx = contextOf(store);
  return {
    review(game) {
      const current = ctx.get().review;
      if (current?.id !== game.id || current.path.length !== game.path.length || current.failure) {
        ctx.update({ review: emptyReview(game) });
      }
      void askAll(ctx, game.id);
    },
    showStep(step) {
      const review = ctx.get().review;
      if (!review || !Number.isInteger(step)) return;
      ctx.update({ review: { step: Math.max(0, Math.min(review.path.length, step)) } });
    },
    tryFromHere() {
      const review = ctx.get().review;
      if (!review) return false;
      const board = positionsOf(review.start, review.path.slice(0, review.step)).at(-1)!;
      store.getState().newGame(board, { kind: 'custom' }, review.distances[review.step] ?? null, 'play');
      return true;
    },
    closeReview() {
      ctx.jobs.cancel('review');
      ctx.update({ review: null });
    },
  };
}
