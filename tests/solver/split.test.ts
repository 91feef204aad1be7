/** A search split at its root, and the race's two shortcuts: a reverse search that mirrors, a fixed parity. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Board } from '../../src/engine';
import { applyMove, applyMoves, createRandom, holeOf, isSolved, legalMoves, randomBoard, randomPlates } from '../../src/engine';
import { createSolver } from '../../src/solver';
import { Memo } from '../../src/solver/memo';
import { lengthParity, mirrorsItself, reverseBoard, solvedBoards } from '../../src/solver/reverse';
import { FOUND, PAUSED, Searcher } from '../../src/solver/search';
import { Split } from '../../src/solver/split';

/** Runs a split to the end of one iteration in slices of `allowance` nodes. */
function settle(split: Split, threshold: number, allowance: number): number {
  for (;;) {
    const outcome = split.run(threshold, allowance);
    if (outcome !== PAUSED) return outcome;
  }
}

function splitOf(board: Board, lastFirst: boolean): Split {
  const memo = new Memo();
  const pool: Searcher[] = [];
  const spawn = (i: number): Searcher => (pool[i] ??= new Searcher(memo, lastFirst));
  return new Split(board, holeOf(board), spawn, lastFirst, 0);
}

describe('a search split at its root', () => {
  const solver = createSolver();
  const random = createRandom(7);
  const boards = Array.from({ length: 12 }, (_, i) => randomBoard(random, i % 2 === 0 ? randomPlates(random) : 'WCBRBOGYGPCORPY'));

  it('finds a line exactly at the distance and proves the board needs more below it', () => {
    for (const board of boards) {
      const { distance } = solver.measure(board);
      if (distance === 0) continue;
      for (const lastFirst of [false, true]) {
        const below = splitOf(board, lastFirst);
        expect(settle(below, distance - 1, 5)).toBeGreaterThanOrEqual(distance);
        const at = splitOf(board, lastFirst);
        expect(settle(at, distance, 5)).toBe(FOUND);
        expect(at.line).toHaveLength(distance);
        expect(legalMoves(board)).toContain(at.line[0]);
        expect(isSolved(applyMoves(board, at.line))).toBe(true);
      }
    }
  });

  it('counts the nodes its searchers expanded', () => {
    const split = splitOf(boards[1]!, false);
    const outcome = split.run(30, 100);
    expect(outcome === PAUSED || outcome === FOUND).toBe(true);
    expect(split.spent).toBeGreaterThan(0);
  });
});

describe('the race’s shortcuts', () => {
  const plates = 'ABCDEFGHIJKLMNO';

  it('knows a reverse search that repeats the forward one', () => {
    // Fifteen one-plate colours, the hole home and the permutation to solved its own inverse
    // (B and C swapped, K and L, M and N): the reverse board is the board with its colours renamed.
    const board = { plates, pebbles: '-CBDEFGHIJLKNMO' };
    const [solved] = solvedBoards(board);
    expect(mirrorsItself(board, solved!)).toBe(true);
    const renamed = reverseBoard(board, solved!);
    expect(renamed.plates).not.toBe(plates);
    expect(createSolver().measure(renamed).distance).toBe(createSolver().measure(board).distance);
    const other = { plates, pebbles: '-CBDEFGHIJLMKNO' }; // a 3-cycle is not its own inverse
    expect(mirrorsItself(other, solvedBoards(other)[0]!)).toBe(false);
  });

  it('gives the parity of every solution only when every colour has one plate', () => {
    const solver = createSolver();
    let seed = 3;
    for (let i = 0; i < 20; i++) {
      const pieces = [...plates];
      for (let j = pieces.length - 1; j > 0; j--) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        const k = seed % (j + 1);
        [pieces[j], pieces[k]] = [pieces[k]!, pieces[j]!];
      }
      pieces[seed % pieces.length] = '-';
      const board = { plates, pebbles: pieces.join('') };
      const parity = lengthParity(board);
      expect(parity).toBe(solver.measure(board).distance & 1);
      for (const move of legalMoves(board)) expect(lengthParity(applyMove(board, move))).toBe(1 - parity!);
    }
    expect(lengthParity({ plates: 'WCBRBOGYGPCORPY', pebbles: '-PCBRYOGYGBCORP' })).toBeNull();
  });
});

describe('the costliest boards we know, solved through the split', () => {
  // bench/layout-boards.jsonl, with the answers recorded when the set was made: each needs more
  // than 2,000 nodes, so its directions split at their roots, and the worst is the parity shortcut's
  // case too (one plate per colour). The fixtures never get that far.
  const boards = readFileSync(join(process.cwd(), 'bench/layout-boards.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Board & { distance: number; hints: number[] });
  const costly = [
    'WAXYCESLTMDVBGH LGBYSVCWHA-MXET',
    'IVCASBFTGYKDNEL DNEALGF-BKYIVCS',
    'XAZTFBEIPMNGKJY IMPZN-BJXFGKATE',
    'ABCDEFGHIJKLMNO KJGO-MNLCBAEFHD',
  ].map((code) => boards.find((b) => `${b.plates} ${b.pebbles}` === code)!);

  it.each(costly)('$plates $pebbles: its distance, every optimal next move and a line', (board) => {
    const result = createSolver().solve(board);
    expect(result.nodes).toBeGreaterThan(2_000);
    expect(result.distance).toBe(board.distance);
    expect(result.hints).toEqual(board.hints);
    expect(result.line).toHaveLength(board.distance);
    expect(isSolved(applyMoves(board, result.line))).toBe(true);
  });
});
