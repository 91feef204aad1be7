/**
 * Searching from the other end. Distances are symmetric, so "board to solved" is also "solved to
 * board": a board in its own right whose plates are the original pebbles (the hole's plate gets a
 * colour of its own) and whose pebbles are a solved board of the original. When the colour short
 * of a pebble has several plates there are several solved boards, and a board is as far as the
 * nearest. Some layouts are slow one way and fast the other (docs/SOLVER.md). Engine only.
 */
import type { Board } from '../engine';
import { HOLE, holeOf, spareColour } from '../engine';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * Every solved board of `board`'s layout: the hole on one plate of the colour short of a pebble,
 * every other plate holding a pebble of its colour.
 */
export function solvedBoards(board: Board): Board[] {
  const spare = spareColour(board);
  const { plates } = board;
  return [...plates].flatMap((c, p) => (c === spare ? [{ plates, pebbles: plates.slice(0, p) + HOLE + plates.slice(p + 1) }] : []));
}

/** The reverse board of `board` towards the solved board `solved`. */
export function reverseBoard(board: Board, solved: Board): Board {
  const fresh = [...LETTERS].find((c) => !board.plates.includes(c))!;
  return { plates: board.pebbles.replace(HOLE, fresh), pebbles: solved.pebbles };
}

/**
 * Turns an optimal line of the reverse board into one of the original board: the reverse line
 * played backwards, each move naming the plate its pebble returns to.
 */
export function forwardLine(reverseLine: readonly number[], solved: Board): number[] {
  return [...reverseLine.slice(0, -1)].reverse().concat(reverseLine.length > 0 ? [holeOf(solved)] : []);
}
