/**
 * Boards of an exact difficulty. A board at least as hard as asked for is found by hill
 * climbing on the exact distance (swapping pebbles, keeping a swap that does not make the board
 * easier), then walked down its own optimal line until exactly the asked distance remains.
 * Deterministic for a seed, bounded in work; engine and solver only.
 */
import type { Board, Random } from '../engine';
import { applyMoves, createRandom, oddCountColour, randomBoard, randomPlates } from '../engine';
import { createSolver } from './solve';

/** What board to generate: its exact distance, the seed that names it, and optionally its layout. */
export interface GenerateOptions {
  /** The exact number of moves the board must need. */
  readonly distance: number;
  /** Names the board: the same seed and options give the same board. */
  readonly seed: number | string;
  /** A plate layout (15 colour letters); a random standard layout when left out. */
  readonly plates?: string;
  /** How many boards the climb may measure before it gives up (default 20,000). */
  readonly maxTries?: number;
  /** How many search nodes the climb may spend before it gives up (default 1.5 million, the bound's own searches included: a few seconds). */
  readonly maxNodes?: number;
}

/**
 * The most moves a generated board may be asked to need. No board of the example layout needs
 * more than 25 moves, and the other layouts measured top out at 24 to 26 (RULES.md), so more
 * than this is refused at once.
 */
export const MAX_GENERATED_DISTANCE = 30;

/** Why no board was generated. */
export type GenerateProblem =
  | { readonly code: 'distance'; readonly distance: number }
  | { readonly code: 'too-far'; readonly distance: number; readonly most: number }
  | { readonly code: 'plates'; readonly plates: string }
  | { readonly code: 'no-odd-colour'; readonly plates: string }
  | {
      readonly code: 'gave-up';
      readonly distance: number;
      readonly plates: string;
      readonly hardest: Board;
      readonly hardestDistance: number;
    };

function describe(problem: GenerateProblem): string {
  switch (problem.code) {
    case 'distance':
      return `distance must be a whole number of moves >= 0, got ${String(problem.distance)}`;
    case 'too-far':
      return `no board needs ${problem.distance > 1e6 ? 'that many' : problem.distance} moves: the hardest board of the example layout needs 25 and other layouts measured top out at 24 to 26, so at most ${problem.most} can be asked for`;
    case 'plates':
      return `plates must be 15 colour letters A–Z, got '${problem.plates.length > 40 ? `${problem.plates.slice(0, 40)}…` : problem.plates}'`;
    case 'no-odd-colour':
      return 'plates need exactly one colour with an odd number of plates (the hole ends there)';
    case 'gave-up':
      return `no board needing ${problem.distance} moves found for plates ${problem.plates} (the hardest found needs ${problem.hardestDistance}: ${problem.hardest.pebbles})`;
  }
}

/** Thrown when no board of the asked distance is found, or the options make no sense; `problem` says which. */
export class GenerateError extends Error {
  override name = 'GenerateError';
  constructor(readonly problem: GenerateProblem) {
    super(describe(problem));
  }
}

/** A board that has sat this many swaps without getting harder is dropped for a fresh one. */
const PLATEAU = 400;

function swapped(board: Board, a: number, b: number): Board {
  const cells = [...board.pebbles];
  [cells[a], cells[b]] = [cells[b]!, cells[a]!];
  return { plates: board.plates, pebbles: cells.join('') };
}

/** Swaps two positions holding different things (two colours, or a pebble and the hole). */
function mutate(board: Board, random: Random): Board {
  for (;;) {
    const a = random.int(15);
    const b = random.int(15);
    if (board.pebbles[a] !== board.pebbles[b]) return swapped(board, a, b);
  }
}

/** The climb's own solver, so generating leaves the shared solver's memo alone. */
let climber: ReturnType<typeof createSolver> | null = null;

/**
 * A board whose exact distance to solved is `distance`.
 * @throws GenerateError when the options are invalid or no such board turned up within the
 * allowed tries and nodes (the error names the hardest board found).
 */
export function generate(options: GenerateOptions): Board {
  const { distance, seed, maxTries = 20_000, maxNodes = 1_500_000 } = options;
  if (!Number.isInteger(distance) || distance < 0) throw new GenerateError({ code: 'distance', distance });
  if (distance > MAX_GENERATED_DISTANCE) throw new GenerateError({ code: 'too-far', distance, most: MAX_GENERATED_DISTANCE });
  const random = createRandom(seed);
  const plates = options.plates ?? randomPlates(random);
  if (!/^[A-Z]{15}$/.test(plates)) throw new GenerateError({ code: 'plates', plates });
  if (oddCountColour(plates) === null) throw new GenerateError({ code: 'no-odd-colour', plates });

  climber ??= createSolver();
  const solver = climber;
  let spent = 0;
  const measure = (board: Board) => {
    const result = solver.measure(board);
    spent += result.nodes;
    return result;
  };
  let board = randomBoard(random, plates);
  let current = measure(board);
  let hardest = { board, distance: current.distance };
  let sinceBetter = 0;
  for (let tries = 1; current.distance < distance; tries++) {
    if (tries > maxTries || spent > maxNodes) {
      throw new GenerateError({ code: 'gave-up', distance, plates, hardest: hardest.board, hardestDistance: hardest.distance });
    }
    if (sinceBetter > PLATEAU) {
      board = randomBoard(random, plates);
      current = measure(board);
      sinceBetter = 0;
      continue;
    }
    const next = mutate(board, random);
    const measured = measure(next);
    sinceBetter++;
    if (measured.distance >= current.distance) {
      if (measured.distance > current.distance) sinceBetter = 0;
      board = next;
      current = measured;
      if (measured.distance > hardest.distance) hardest = { board, distance: measured.distance };
    }
  }
  // Along an optimal line the distance falls by exactly one a move.
  return applyMoves(board, current.line.slice(0, current.distance - distance));
}
