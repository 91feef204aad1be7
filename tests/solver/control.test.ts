import { describe, expect, it } from 'vitest';
import { EXAMPLE_BOARD, applyMoves, isSolved } from '../../src/engine';
import type { SolveProgress } from '../../src/solver';
import { SolveCancelled, createSolver, solve, solveSteps } from '../../src/solver';
import { forwardLine, reverseBoard, solvedBoards } from '../../src/solver/reverse';

const HARD = { plates: 'WCBRBOGYGPCORPY', pebbles: 'OORYPCBCYRBGP-G' }; // 24 moves
/**
 * Needs about 220,000 nodes, the most of any board the bench knows: long enough to stop midway
 * after several reports (the one used before, of 12,000 nodes, now reports only twice by then).
 */
const COSTLY = { plates: 'WEXSOHGKLNMYFIA', pebbles: 'MYGANFEIWOL-HKS' };

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

  it('reports progress between slices, and stops a long solve within a slice of being asked', () => {
    const solver = createSolver();
    const seen: SolveProgress[] = [];
    let stop = false;
    const options = {
      onProgress: (progress: SolveProgress) => {
        seen.push(progress);
        stop = progress.nodes > 6_000;
      },
      shouldStop: () => stop,
    };
    let error: unknown;
    try {
      solver.solve(COSTLY, options);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SolveCancelled);
    expect((error as SolveCancelled).reason).toBe('cancelled');
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.at(-1)!.nodes).toBeLessThan(6_000 + 2 * 4096);
    expect(seen.map((p) => p.nodes)).toEqual([...seen.map((p) => p.nodes)].sort((a, b) => a - b));
  });

  it('reports the distance and the hints proven so far once it tests next moves', () => {
    const seen: SolveProgress[] = [];
    const result = createSolver().solve(HARD, { onProgress: (progress) => seen.push(progress) });
    const hinting = seen.filter((p) => p.phase === 'hints');
    expect(hinting.length).toBeGreaterThan(0);
    for (const progress of hinting) {
      expect(progress.atLeast).toBe(24);
      expect(progress.hints.length).toBeGreaterThan(0);
      for (const move of progress.hints) expect(result.hints).toContain(move);
    }
  });

  it('yields between slices so a caller can keep a thread free, and returns the answer', () => {
    const steps = solveSteps(HARD);
    let turns = 0;
    let step = steps.next();
    for (; step.done !== true; step = steps.next()) turns++;
    expect(turns).toBeGreaterThan(0);
    expect(step.value).toMatchObject({ distance: 24 });
  });

  it('plays a reverse line back as a forward line', () => {
    const [solved] = solvedBoards(EXAMPLE_BOARD);
    const reverse = reverseBoard(EXAMPLE_BOARD, solved!);
    expect(reverse.plates).toBe('APCBRYOGYGBCORP');
    const { line } = solve(reverse);
    const forward = forwardLine(line, solved!);
    expect(forward).toHaveLength(16);
    expect(isSolved(applyMoves(EXAMPLE_BOARD, forward))).toBe(true);
  });

  it('knows every solved board of a layout whose spare plate is one of several', () => {
    const spareP = { plates: EXAMPLE_BOARD.plates, pebbles: '-PCBRYOGYGBCORW' };
    expect(solvedBoards(spareP).map((b) => b.pebbles)).toEqual(['WCBRBOGYG-CORPY', 'WCBRBOGYGPCOR-Y']);
    expect(solvedBoards(EXAMPLE_BOARD).map((b) => b.pebbles)).toEqual(['-CBRBOGYGPCORPY']);
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

  it('answers a board the same whatever it solved before: distance, hints, line and nodes', () => {
    const solver = createSolver();
    const first = solver.solve(HARD);
    solver.solve(EXAMPLE_BOARD);
    solver.solve({ plates: 'AAABBBCCCDDDEEE', pebbles: 'EEEDDDCCCBBBAA-' });
    expect(solver.solve(HARD)).toEqual(first);
    expect(createSolver().solve(HARD)).toEqual(first);
  });
});
