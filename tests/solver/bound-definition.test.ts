/**
 * The bound is its definition (every assignment enumerated, tests/support/assignments.ts),
 * evaluate() with a limit prunes exactly as the full bound would, and the state kept move by move
 * matches a fresh load.
 */
import { describe, expect, it } from 'vitest';
import { applyMove, colourCodes, createRandom, legalMoves } from '../../src/engine';
import { lowerBound } from '../../src/solver';
import { BoundState } from '../../src/solver/bound';
import { layoutOf } from '../../src/solver/layout';
import { slowBound } from '../support/assignments';
import { LAYOUTS, randomBoardOf } from '../support/layouts';

describe('the lower bound, computed incrementally', () => {
  // The seven-plate colour is enumerated with six: 7! matches a board would take seconds here.
  const enumerable = LAYOUTS.map(([plates, spare, note]) =>
    plates === 'AAAAAAABBCCDDEE'
      ? (['AAAAAABBCCDDEEF', spare, 'a colour of six plates holding the spare'] as const)
      : ([plates, spare, note] as const),
  );

  it.each(enumerable)('is its definition over all assignments, counting cycles where it can: %s (%s)', (plates, spare) => {
    // Every cycle counted is admissible; colours of three or more plates are counted in when
    // their near-cheapest matches are few, so the bound lies between the two ways of counting.
    // When every colour has one or two plates it is at least the full count with the stuck-hole
    // term, and at most that with the zero-waste term (whose search has an allowance).
    const twoAtMost = layoutOf(randomBoardOf(plates, spare, 'kind')).manyCount === 0;
    const boards = twoAtMost ? 12 : 2;
    for (let i = 0; i < boards; i++) {
      const board = randomBoardOf(plates, spare, `${plates}-${i}`);
      const bound = lowerBound(board);
      if (twoAtMost) expect(bound, board.pebbles).toBeGreaterThanOrEqual(slowBound(board, true));
      expect(bound, board.pebbles).toBeLessThanOrEqual(slowBound(board, true, true));
      expect(bound, board.pebbles).toBeGreaterThanOrEqual(slowBound(board, false));
    }
  });

  it.each(LAYOUTS)('prunes with a limit exactly as the full bound does: %s (%s)', (plates, spare) => {
    const state = new BoundState();
    for (let i = 0; i < 25; i++) {
      const board = randomBoardOf(plates, spare, `limit-${plates}-${i}`);
      state.load(layoutOf(board), colourCodes(board));
      const full = state.exact();
      for (let limit = 0; limit <= 30; limit++) {
        const limited = state.evaluate(limit);
        expect(limited > limit, `${board.pebbles} at limit ${limit}`).toBe(full > limit);
        if (limited <= limit) expect(limited).toBeLessThanOrEqual(full);
        else expect(limited).toBeLessThanOrEqual(Math.max(full, limit + 1));
      }
    }
  });

  it('is kept current move by move: after any moves it is what a fresh load gives', () => {
    const random = createRandom('moves');
    const played = new BoundState();
    const fresh = new BoundState();
    for (const [plates, spare] of LAYOUTS) {
      let board = randomBoardOf(plates, spare, `moves-${plates}`);
      played.load(layoutOf(board), colourCodes(board));
      for (let step = 0; step < 60; step++) {
        const moves = legalMoves(board);
        const from = moves[random.int(moves.length)]!;
        const predicted = played.quickAfter(from);
        played.play(from);
        board = applyMove(board, from);
        fresh.load(layoutOf(board), colourCodes(board));
        expect(played.quick()).toBe(predicted);
        expect(played.quick()).toBe(fresh.quick());
        expect(played.exact()).toBe(fresh.exact());
      }
    }
  });

  it('tries a move and takes it back, leaving the board as it was', () => {
    const state = new BoundState();
    for (const [plates, spare] of LAYOUTS) {
      const board = randomBoardOf(plates, spare, `try-${plates}`);
      state.load(layoutOf(board), colourCodes(board));
      const before = state.exact();
      for (const from of legalMoves(board)) {
        const quick = state.quickAfter(from);
        state.tryMove(from);
        expect(state.quick()).toBe(quick);
        expect(state.exact()).toBe(lowerBound(applyMove(board, from)));
        state.untry();
        expect(state.exact()).toBe(before);
        expect([...state.cells]).toEqual([...colourCodes(board)]);
      }
    }
  });
});
