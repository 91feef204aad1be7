/**
 * The saved data's entries as schemas (zod/mini), one per kind of entry, so that each entry is
 * checked on its own and a damaged one costs only itself. Shared by version 1 (read once, to
 * migrate) and version 2. Loaded with store/saved, after the first board: never in a first load.
 * No UI imports.
 */
import * as z from 'zod/mini';
import { SIZE, applyMoves, isSolved, parseBoard } from '../../engine';
import { markedMoves } from '../resume';
import { dateOfDay } from '../days';
import { starsFor, starsForMoves } from '../stars';

export const count = z.int().check(z.gte(0), z.lt(1e7));

/** A position of the board, 0–14. */
const position = z.int().check(z.gte(0), z.lt(SIZE));

/** True when `path` is `moves` legal moves that sort the board named by `key`. */
function solvesIn(key: string, path: readonly number[], moves: number): boolean {
  const [plates = '', pebbles = ''] = key.split('/');
  const board = parseBoard(plates, pebbles);
  if (!board.ok || path.length !== moves) return false;
  try {
    return isSolved(applyMoves(board.value, path));
  } catch {
    return false;
  }
}

/** A real calendar day, 'YYYY-MM-DD' (2026-02-30 is none). */
export const day = z.string().check(z.refine((d) => dateOfDay(d) !== null));

/** A solved board's entry: no best exactly when no stars (only the solution was shown). */
export const solvedEntry = z
  .object({
    best: z.nullable(count),
    par: count,
    stars: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
    help: z.optional(z.enum(['hints', 'solution'])),
  })
  .check(z.refine((e) => (e.stars === 0) === (e.best === null)));

export const dailyEntry = z.object({ moves: count, par: count, hints: count, shown: z.optional(z.boolean()) });

/** A board key, `plates/pebbles`, that names a valid board. */
export const boardKey = z.string().check(
  z.refine((key) => {
    const [plates, pebbles, rest] = key.split('/');
    return rest === undefined && plates !== undefined && pebbles !== undefined && parseBoard(plates, pebbles).ok;
  }),
);

/**
 * A won game: its stars must be what the star rule gives it (none with the solution shown), or
 * what a win earned before hints cost stars (moves against par alone): such a game is kept, and
 * the stats count it by today's rule (derive.ts).
 */
export const finishedGame = z
  .object({
    id: z.string().check(z.minLength(1), z.maxLength(64)),
    board: boardKey,
    date: day,
    moves: count.check(z.gte(1)),
    par: count,
    stars: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
    hintsUsed: count,
    solutionShown: z.boolean(),
    daily: z.optional(day),
    path: z.optional(z.array(position)),
    hinted: z.optional(z.array(count)),
  })
  .check(
    z.refine((g) => g.stars === starsFor(g) || (!g.solutionShown && g.stars === starsForMoves(g.moves, g.par))),
    z.refine((g) => g.path === undefined || solvesIn(g.board, g.path, g.moves)),
    z.refine((g) => g.hinted === undefined || markedMoves(g.hinted, g.moves) !== null),
  );

/** Wins by moves over par, keyed by the number of extra moves. */
export const overPar = z.record(z.string().check(z.regex(/^\d{1,4}$/)), count);

/** How a saved game's board was opened (the app reopens the latest game by it). */
export const source = z.union([
  z.object({ kind: z.literal('level'), id: count.check(z.gte(1)) }),
  z.object({ kind: z.literal('daily'), date: day, today: z.boolean() }),
  z.object({ kind: z.literal('random'), difficulty: z.enum(['easy', 'medium', 'hard', 'expert']) }),
  z.object({ kind: z.literal('custom') }),
]);

export const nullableDay = z.nullable(day);
