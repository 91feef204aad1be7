/** Review: a finished game's positions asked of the solver in order, stepped through, and a new game from any of them. */
import { describe, expect, it } from 'vitest';
import { applyMove, legalMoves, sameBoard } from '../../src/engine';
import { solve } from '../../src/solver';
import { firstSlip, moveCosts } from '../../src/store/costs';
import { positionsOf, reviewActions, reviewOfGame, reviewOfWin } from '../../src/store/review';
import { NEAR } from '../support/boards';
import { costlyGame } from '../support/games';
import { fakeSolver, memoryStorage } from '../support/fakeSolver';
import { makeStore, settle } from '../support/store';

async function settleAll(times = 20): Promise<void> {
  for (let i = 0; i < times; i++) await settle();
}

describe('review', () => {
  it('asks each position of a won game and marks the move that left the optimal path', async () => {
    const { store, game } = make();
    await settle();
    const path = costlyGame();
    for (const move of path) game().moveFrom(move);
    await settle();
    expect(game().game.result).not.toBeNull();
    const actions = reviewActions(store);
    actions.review(reviewOfGame(game().game));
    await settleAll();
    const review = game().review!;
    const expected = positionsOf(NEAR, path).map((b) => solve(b).distance);
    expect(review.distances).toEqual(expected);
    expect(review.line).toEqual(solve(NEAR).line);
    expect(review.best[0]).toEqual(solve(NEAR).hints);
    const costs = moveCosts(review.distances);
    expect(costs[0]).toBeGreaterThan(0);
    expect(costs.slice(1).every((c) => c === 0)).toBe(true);
    expect(firstSlip(costs)).toBe(0);
  });

  it('steps within the game and tries from any position as a new game', async () => {
    const { store, game } = make();
    await settle();
    const path = costlyGame();
    for (const move of path) game().moveFrom(move);
    await settle();
    const actions = reviewActions(store);
    actions.review(reviewOfGame(game().game));
    await settleAll();
    actions.showStep(99);
    expect(game().review!.step).toBe(path.length);
    actions.showStep(-3);
    expect(game().review!.step).toBe(0);
    actions.showStep(1);
    expect(actions.tryFromHere()).toBe(true);
    expect(sameBoard(game().game.start, applyMove(NEAR, path[0]!))).toBe(true);
    expect(game().game.past).toEqual([]);
    expect(game().game.source).toEqual({ kind: 'custom' });
    expect(game().answers.par).toBe(solve(applyMove(NEAR, path[0]!)).distance);
  });

  it('keeps which moves were made with a hint on show: a redone move keeps its mark, a new one in its place does not', async () => {
    const storage = memoryStorage();
    const { game } = makeStore({ board: NEAR, storage });
    await settle();
    game().pressHint();
    await settle();
    const hinted = game().session.hintMove!;
    game().moveFrom(hinted);
    await settle();
    expect(game().game.hinted).toEqual([0]);
    game().undo();
    game().redo();
    expect(game().game.hinted).toEqual([0]);
    // Read back from the save with the undone move still to redo.
    game().undo();
    expect(makeStore({ board: NEAR, storage }).game().game.hinted).toEqual([0]);
    const other = legalMoves(NEAR).find((m) => m !== hinted)!;
    game().moveFrom(other);
    expect(game().game.hinted).toEqual([]);
  });

  it('says when the solver fails, and reads a saved win back for review', async () => {
    const solver = fakeSolver();
    const { store, game } = make(solver);
    await settle();
    solver.failWith(new Error('boom'));
    const actions = reviewActions(store);
    const win = {
      id: 'w1',
      board: `${NEAR.plates}/${NEAR.pebbles}`,
      date: '2026-11-22',
      moves: 3,
      par: 3,
      stars: 3 as const,
      hintsUsed: 0,
      solutionShown: false,
      path: solve(NEAR).line,
    };
    actions.review({ ...reviewOfWin(win)!, id: 'other' });
    await settleAll();
    expect(game().review!.failure).toMatchObject({ task: 'solve', cause: 'failed' });
    expect(reviewOfWin({ ...win, board: 'nonsense' })).toBeNull();
    actions.closeReview();
    expect(game().review).toBeNull();
  });
});

function make(solver = fakeSolver()) {
  return makeStore({ board: NEAR, solver });
}
