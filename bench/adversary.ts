/**
 * Finds boards that cost this solver the most: hill climbing on the nodes a full solve expands
 * (from an empty memo, so the cost is the board's own), over many layouts. Used by
 * build-hard-boards.ts; deterministic for its seeds, bounded by counts and a deadline.
 */
import type { Board, Random } from '../src/engine';
import { createRandom, oddCountColour } from '../src/engine';
import type { Solver } from '../src/solver';

/** A board with what a full solve of it cost and answered. */
export interface Costed extends Board {
  readonly distance: number;
  readonly hints: readonly number[];
  readonly nodes: number;
  readonly ms: number;
}

/** Solves `board` (every solve starts from an empty memo) and records the cost. */
export function costOf(solver: Solver, board: Board): Costed {
  const started = performance.now();
  const { distance, hints, nodes } = solver.solve(board);
  return { plates: board.plates, pebbles: board.pebbles, distance, hints, nodes, ms: performance.now() - started };
}

/**
 * A random board of a layout: the pebbles of its plates' colours less one, and the hole. The
 * missing pebble is of the layout's one colour with an odd number of plates when there is one
 * and `anySpare` is not set (the standard game: the hole ends on the odd plate), else of a
 * random plate's colour.
 */
export function randomBoardOf(random: Random, plates: string, anySpare = false): Board {
  const pieces = [...plates];
  const odd = anySpare ? null : oddCountColour(plates);
  pieces[odd === null ? random.int(pieces.length) : pieces.indexOf(odd)] = '-';
  return { plates, pebbles: random.shuffle(pieces).join('') };
}

/** The board with two positions holding different things swapped. */
function mutate(board: Board, random: Random): Board {
  for (;;) {
    const a = random.int(15);
    const b = random.int(15);
    if (board.pebbles[a] === board.pebbles[b]) continue;
    const cells = [...board.pebbles];
    [cells[a], cells[b]] = [cells[b]!, cells[a]!];
    return { plates: board.plates, pebbles: cells.join('') };
  }
}

/** The costliest distinct boards seen, at most `size` of them and `perLayout` of one layout. */
export class Worst {
  private readonly boards = new Map<string, Costed>();

  constructor(
    private readonly size: number,
    private readonly perLayout: number,
  ) {}

  offer(board: Costed): void {
    const key = `${board.plates} ${board.pebbles}`;
    if (this.boards.has(key)) return;
    const same = [...this.boards.values()].filter((b) => b.plates === board.plates);
    if (same.length >= this.perLayout) {
      const cheapest = same.reduce((a, b) => (a.nodes <= b.nodes ? a : b));
      if (cheapest.nodes >= board.nodes) return;
      this.boards.delete(`${cheapest.plates} ${cheapest.pebbles}`);
    }
    this.boards.set(key, board);
    if (this.boards.size > this.size) {
      const cheapest = [...this.boards.values()].reduce((a, b) => (a.nodes <= b.nodes ? a : b));
      this.boards.delete(`${cheapest.plates} ${cheapest.pebbles}`);
    }
  }

  /** Costliest first. */
  list(): Costed[] {
    return [...this.boards.values()].sort((a, b) => b.nodes - a.nodes);
  }
}

export interface ClimbOptions {
  /** Random starts per layout, and the steps of each climb. */
  readonly starts: number;
  readonly steps: number;
  /** Whether the hole's colour may be any colour (see randomBoardOf). */
  readonly anySpare?: boolean;
  /** Climbs stop early (keeping what they found) once `performance.now()` passes this. */
  readonly deadline: number;
}

/**
 * Climbs from random boards of `plates`: a swap is kept when the solve costs at least as many
 * nodes as before, so the climb walks plateaus towards boards that are expensive to solve.
 * Every board measured is offered to `worst`.
 */
export function climb(solver: Solver, plates: string, seed: string, options: ClimbOptions, worst: Worst): void {
  const random = createRandom(seed);
  for (let s = 0; s < options.starts && performance.now() < options.deadline; s++) {
    let board = costOf(solver, randomBoardOf(random, plates, options.anySpare));
    worst.offer(board);
    for (let step = 0; step < options.steps && performance.now() < options.deadline; step++) {
      const next = costOf(solver, mutate(board, random));
      worst.offer(next);
      if (next.nodes >= board.nodes) board = next;
    }
  }
}

/** Keeps climbing from each of `boards` (already costly) for `steps` more swaps. */
export function refine(solver: Solver, boards: readonly Costed[], seed: string, steps: number, deadline: number, worst: Worst): void {
  const random = createRandom(seed);
  for (const start of boards) {
    let board = start;
    for (let step = 0; step < steps && performance.now() < deadline; step++) {
      const next = costOf(solver, mutate(board, random));
      worst.offer(next);
      if (next.nodes >= board.nodes) board = next;
    }
  }
}
