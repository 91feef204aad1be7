/** One search direction: iterations that pause and resume where they stopped. */
import { describe, expect, it } from 'vitest';
import { applyMoves, isSolved } from '../../src/engine';
import { solve } from '../../src/solver';
import { FOUND, PAUSED, Searcher } from '../../src/solver/search';
import { forgetZeroWaste } from '../../src/solver/zero-waste';

const HARD = { plates: 'WCBRBOGYGPCORPY', pebbles: 'OORYPCBCYRBGP-G' }; // 24 moves

function deepen(searcher: Searcher, allowance: number): { threshold: number; runs: number } {
  let threshold = searcher.rootBound();
  let runs = 0;
  for (;;) {
    runs++;
    const outcome = searcher.run(threshold, allowance);
    if (outcome === FOUND) return { threshold, runs };
    if (outcome !== PAUSED) threshold = Math.max(threshold + 1, outcome);
  }
}

describe('a search direction', () => {
  it('finds an optimal line in one go, or in slices that resume where they paused', () => {
    // Nodes count the bound's zero-waste searches too, whose work depends on what they kept.
    forgetZeroWaste();
    const whole = new Searcher();
    whole.load(HARD);
    const once = deepen(whole, 1e9);
    forgetZeroWaste();
    const sliced = new Searcher();
    sliced.load(HARD);
    const bit = deepen(sliced, 7);
    expect(once.threshold).toBe(24);
    expect(bit.threshold).toBe(24);
    expect(bit.runs).toBeGreaterThan(once.runs);
    expect(sliced.nodes).toBe(whole.nodes); // resuming repeats no work
    expect(isSolved(applyMoves(HARD, sliced.line))).toBe(true);
    expect(sliced.line).toHaveLength(24);
  });

  it('ends an iteration with a line the zero-waste search of the bound found, a real one', () => {
    // A board whose solve crosses a child that the zero-waste search solves within the
    // threshold (checked when this test was written): the line goes on with that search's moves.
    const board = { plates: 'RRGCGPBPCOBOYYW', pebbles: 'POGYBCY-BRPGROC' };
    const result = solve(board);
    expect(result.distance).toBe(21);
    expect(result.line).toHaveLength(21);
    expect(isSolved(applyMoves(board, result.line))).toBe(true);
    expect(result.hints).toContain(result.line[0]);
  });

  it('reports a proven bound above the threshold when no line fits', () => {
    const searcher = new Searcher();
    searcher.load(HARD);
    const outcome = searcher.run(22, 1e9);
    expect(outcome).toBeGreaterThan(22);
    expect(outcome).toBeLessThanOrEqual(24);
    expect(searcher.rootBound()).toBe(outcome); // the memo keeps what the run proved
  });

  it('refuses a threshold beyond its stack', () => {
    const searcher = new Searcher();
    searcher.load(HARD);
    expect(() => searcher.run(1000, 10)).toThrow(RangeError);
  });
});
