import { describe, expect, it } from 'vitest';
import { EXAMPLE_BOARD, applyMoves, isSolved } from '../../src/engine';
import { SolveCancelled, createSolver, solve, solveSteps } from '../../src/solver';
import { forwardLine, reverseBoard } from '../../src/solver/reverse';

const HARD = { plates: 'WCBRBOGYGPCORPY', pebbles: 'OORYPCBCYRBGP-G' }; // 24 moves

describe('solver control', () => {
  it('says 0 and no hints for a solved board', () => {
    expect(solve({ plates: 'WCBRBOGYGPCORPY', pebbles: '-CBRBOGYGPCORPY' })).toMatchObject({ distance: 0, hints: [], line: [] });
  });

  it('refuses an invalid board with the reason', () => {
    expect(() => solve({ plates: 'WCBRBOGYGPCORPY', pebbles: '--CBRYOGYGBCORP' })).toThrow(/invalid board: pebbles code has 2 holes/);
  });

  it('stops when asked to, and answers the same afterwards', () => {
    const before = solve(HARD);
    expect(() => solve(HARD, { shouldStop: () => true })).toThrow(SolveCancelled);
    expect(() => solve(HARD, { maxNodes: 10 })).toThrow(/node allowance/);
    expect(solve(HARD)).toEqual({ ...before, nodes: expect.any(Number) });
  });

  it('reports the first proven hint before the full set', () => {
    const seen: number[][] = [];
    const result = solve(HARD, { onFirstHint: (move, distance) => seen.push([move, distance]) });
    expect(seen).toHaveLength(1);
    expect(result.hints).toContain(seen[0]![0]);
    expect(seen[0]![1]).toBe(24);
  });

  it('yields between turns so a caller can keep a thread free', () => {
    const steps = solveSteps(EXAMPLE_BOARD);
    let turns = 0;
    for (let step = steps.next(); step.done !== true; step = steps.next()) turns++;
    expect(turns).toBeGreaterThan(0);
  });

  it('plays a reverse line back as a forward line', () => {
    const solved = { plates: EXAMPLE_BOARD.plates, pebbles: '-CBRBOGYGPCORPY' };
    const reverse = reverseBoard(EXAMPLE_BOARD, solved);
    expect(reverse.plates).toBe('APCBRYOGYGBCORP');
    const { line } = solve(reverse);
    const forward = forwardLine(line, solved);
    expect(forward).toHaveLength(16);
    expect(isSolved(applyMoves(EXAMPLE_BOARD, forward))).toBe(true);
  });

  it('treats the same plates with another spare plate as another layout', () => {
    const spareP = { plates: EXAMPLE_BOARD.plates, pebbles: '-PCBRYOGYGBCORW' };
    const fresh = createSolver().solve(spareP, { maxNodes: 1_000_000 });
    const used = createSolver();
    used.solve(EXAMPLE_BOARD);
    const after = used.solve(spareP, { maxNodes: 1_000_000 });
    expect({ distance: after.distance, hints: after.hints }).toEqual({ distance: fresh.distance, hints: fresh.hints });
    expect(isSolved(applyMoves(spareP, after.line))).toBe(true);
  });
});
