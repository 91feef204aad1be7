/**
 * The saved data's entries as schemas (zod/mini), one per kind of entry, so that each entry is
 * checked on its own and a damaged one costs only itself. Shared by version 1 (read once, to
 * migrate) and version 2. Loaded with store/saved, after the first board: never in a first load.
 * No UI imports.
 */
import * as z from 'zod/mini';
import { parseBoard } from '../../engine';
import { dateOfDay } from '../days';
import { starsFor } from '../win';

export const count = z.int().check(z.gte(0), z.lt(1e7));

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

/** A won game: its stars must be what its moves against par earn (none with the solution shown). */
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
  })
  .check(z.refine((g) => g.stars === (g.solutionShown ? 0 : starsFor(g.moves, g.par))));

/** How a saved game's board was opened (the app reopens the latest game by it). */
export const source = z.union([
  z.object({ kind: z.literal('level'), id: count.check(z.gte(1)) }),
  z.object({ kind: z.literal('daily'), date: day, today: z.boolean() }),
  z.object({ kind: z.literal('random'), difficulty: z.enum(['easy', 'medium', 'hard', 'expert']) }),
  z.object({ kind: z.literal('custom') }),
]);

export const nullableDay = z.nullable(day);
