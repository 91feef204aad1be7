import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyMove, applyMoves, createRandom, isSolved, legalMoves, randomBoard, randomPlates } from '../../src/engine';
import { createSolver, lowerBound, measure, solve } from '../../src/solver';
import { LAYOUTS, randomBoardOf } from '../support/layouts';

const anyBoard = fc.integer().map((seed) => {
  const random = createRandom(seed);
  return randomBoard(random, randomPlates(random));
});

describe('solver properties on random boards', () => {
  it('the returned line solves the board in exactly `distance` moves', () => {
    fc.assert(
      fc.property(anyBoard, (board) => {
        const { distance, line, hints } = solve(board);
        expect(line).toHaveLength(distance);
        expect(isSolved(applyMoves(board, line))).toBe(true);
        expect(hints).toContain(line[0]);
        expect(lowerBound(board)).toBeLessThanOrEqual(distance);
      }),
      { numRuns: 40, seed: 20261122 },
    );
  });

  it('hints go one move closer; every other move stays or goes one further', () => {
    fc.assert(
      fc.property(anyBoard, (board) => {
        const { distance, hints } = solve(board);
        for (const move of legalMoves(board)) {
          const after = measure(applyMove(board, move)).distance;
          if (hints.includes(move)) expect(after).toBe(distance - 1);
          else expect([distance, distance + 1]).toContain(after);
        }
      }),
      { numRuns: 25, seed: 7 },
    );
  });

  it('gives the same answers whatever it solved before, for any spare plate on the same plates', () => {
    const shared = createSolver();
    const plates = 'WCBRBOGYGPCORPY';
    fc.assert(
      fc.property(fc.integer(), fc.nat(14), (seed, spare) => {
        const pieces = [...plates];
        pieces[spare] = '-'; // any plate's colour can be the one short of a pebble
        const board = { plates, pebbles: createRandom(seed).shuffle(pieces).join('') };
        const again = shared.solve(board, { maxNodes: 2_000_000 });
        const fresh = createSolver().solve(board, { maxNodes: 2_000_000 });
        expect({ distance: again.distance, hints: again.hints }).toEqual({ distance: fresh.distance, hints: fresh.hints });
      }),
      { numRuns: 30, seed: 11 },
    );
  });

  it.each(LAYOUTS)('works for layouts beyond the standard colours: %s (%s)', (plates, spare, note) => {
    // Each answer checked against the solver's own distances of the next boards, so a hint set
    // that is too small or too large shows up; `note` says what the layout exercises.
    expect(note).not.toBe('');
    for (let i = 0; i < 3; i++) {
      const board = randomBoardOf(plates, spare, `beyond-${i}`);
      const { distance, line, hints } = solve(board);
      expect(line).toHaveLength(distance);
      expect(isSolved(applyMoves(board, line))).toBe(true);
      for (const move of legalMoves(board)) {
        const after = measure(applyMove(board, move)).distance;
        expect(after === distance - 1, `move ${move} of ${board.pebbles}`).toBe(hints.includes(move));
      }
    }
  });
});
