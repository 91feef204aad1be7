/**
 * Boards of an exact difficulty. A board at least as hard as asked for is found by hill
 * climbing on the exact distance (swapping pebbles, keeping a swap that does not make the board
 * easier), then walked down its own optimal line until exactly the asked distance remains.
 * Deterministic for a seed; engine and solver only.
 */
import type { Board, Random } from '../engine';
import { applyMoves, createRandom, oddCountColour as oddPlateColour, randomBoard, randomPlates } from '../engine';
import { measure } from './solve';

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
}

/** Thrown when no board of the asked distance is found, or the options make no sense. */
export class GenerateError extends Error {
  override name = 'GenerateError';
}

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

function checkLayout(plates: string): string | null {
  if (!/^[A-Z]{15}$/.test(plates)) return `plates must be 15 colour letters A–Z, got '${plates}'`;
  if (oddPlateColour(plates) === null) return 'plates need exactly one colour with an odd number of plates (the hole ends there)';
  return null;
}

/**
 * A board whose exact distance to solved is `distance`.
 * @throws GenerateError when the options are invalid or no such board turned up within `maxTries`.
 */
export function generate(options: GenerateOptions): Board {
  const { distance, seed, maxTries = 20_000 } = options;
  if (!Number.isInteger(distance) || distance < 0)
    throw new GenerateError(`distance must be a whole number of moves >= 0, got ${String(distance)}`);
  const random = createRandom(seed);
  const plates = options.plates ?? randomPlates(random);
  const problem = checkLayout(plates);
  if (problem !== null) throw new GenerateError(problem);

  let board = randomBoard(random, plates);
  let current = measure(board);
  let hardest = current.distance;
  let sinceBetter = 0;
  for (let tries = 1; current.distance < distance; tries++) {
    if (tries > maxTries) {
      throw new GenerateError(
        `no board needing ${distance} moves found for plates ${plates} in ${maxTries} tries (the hardest found needs ${hardest})`,
      );
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
      hardest = Math.max(hardest, measured.distance);
    }
  }
  // Along an optimal line the distance falls by exactly one a move.
  return applyMoves(board, current.line.slice(0, current.distance - distance));
}
