/**
 * An independent check of the solver: a plain breadth-first search out from the solved board of
 * the example layout gives the exact distance of every board within six moves (and must match
 * the counts in RULES.md); the solver must agree with it on distance and hint set. The same
 * within four moves on layouts of every other kind (several solved boards included).
 */
import { describe, expect, it } from 'vitest';
import type { Board } from '../../src/engine';
import { applyMove, createRandom, legalMoves } from '../../src/engine';
import { solve } from '../../src/solver';
import { breadthFirst as breadthFirstOf } from '../support/assignments';
import { LAYOUTS } from '../support/layouts';

const PLATES = 'WCBRBOGYGPCORPY';
const DEPTH = 6;

function breadthFirst(): { depth: Map<string, number>; layers: string[][] } {
  const start = '-' + PLATES.slice(1);
  const depth = new Map<string, number>([[start, 0]]);
  const layers: string[][] = [[start]];
  for (let d = 1; d <= DEPTH; d++) {
    const next: string[] = [];
    for (const pebbles of layers[d - 1]!) {
      const board: Board = { plates: PLATES, pebbles };
      for (const move of legalMoves(board)) {
        const after = applyMove(board, move).pebbles;
        if (!depth.has(after)) {
          depth.set(after, d);
          next.push(after);
        }
      }
    }
    layers.push(next);
  }
  return { depth, layers };
}

describe('solver against breadth-first search', () => {
  const { depth, layers } = breadthFirst();

  it('finds the board counts of RULES.md for the first six moves', () => {
    expect(layers.map((layer) => layer.length)).toEqual([1, 10, 68, 450, 2982, 18796, 107622]);
  });

  it('agrees on distance and on the complete hint set', () => {
    const random = createRandom('bfs');
    for (let d = 1; d <= DEPTH; d++) {
      for (let i = 0; i < 40; i++) {
        const layer = layers[d]!;
        const board: Board = { plates: PLATES, pebbles: layer[random.int(layer.length)]! };
        const hints = legalMoves(board).filter((move) => depth.get(applyMove(board, move).pebbles) === d - 1);
        const result = solve(board);
        expect({ distance: result.distance, hints: result.hints }).toEqual({ distance: d, hints });
      }
    }
  });
});

describe('solver against breadth-first search, on layouts beyond the standard shape', () => {
  it.each(LAYOUTS.filter(([plates, spare]) => plates !== PLATES || spare !== 0))(
    'agrees on distance and hint set within 4 moves: %s (%s)',
    (plates, spare) => {
      const { distance, layers } = breadthFirstOf(plates, spare, 4);
      const random = createRandom(`bfs-${plates}`);
      for (let d = 1; d <= 4; d++) {
        for (let i = 0; i < 6; i++) {
          const layer = layers[d]!;
          const board: Board = { plates, pebbles: layer[random.int(layer.length)]! };
          const hints = legalMoves(board).filter((move) => distance.get(applyMove(board, move).pebbles) === d - 1);
          const result = solve(board);
          expect({ distance: result.distance, hints: result.hints }).toEqual({ distance: d, hints });
        }
      }
    },
  );
});
