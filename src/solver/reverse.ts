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

/**
 * The parity of every solution's length when all have one, else null. That is so when every
 * colour has one plate: each pebble then has one target and the hole one, so every solution
 * realises the same permutation of the positions, and each move (the hole swapping with a
 * pebble) is a transposition of it.
 */
export function lengthParity(board: Board): number | null {
  const { plates, pebbles } = board;
  if (new Set(plates).size !== plates.length) return null;
  const spare = spareColour(board);
  const seen = new Set<number>();
  let cycles = 0;
  for (let p = 0; p < plates.length; p++) {
    if (seen.has(p)) continue;
    cycles++;
    for (let q = p; !seen.has(q);) {
      seen.add(q);
      const colour = pebbles[q] === HOLE ? spare : pebbles[q]!;
      q = plates.indexOf(colour);
    }
  }
  return (plates.length - cycles) & 1;
}

/** The board with its colours renamed in order of first appearance on the plates (the hole kept). */
function renamed(board: Board): string {
  const names = new Map<string, string>();
  const name = (c: string): string => {
    if (c === HOLE) return c;
    let n = names.get(c);
    if (n === undefined) names.set(c, (n = LETTERS[names.size]!));
    return n;
  };
  return [...board.plates].map(name).join('') + [...board.pebbles].map(name).join('');
}

/**
 * Whether searching from the solved board `solved` is the same search as from `board`: its
 * reverse board is `board` with its colours renamed (on a layout of one-plate colours, when the
 * permutation from the board to solved is its own inverse). Racing it would search twice.
 */
export function mirrorsItself(board: Board, solved: Board): boolean {
  return renamed(reverseBoard(board, solved)) === renamed(board);
}
