/**
 * The saved data's entries as schemas (zod/mini), one per kind of entry, so that each entry is
 * checked on its own and a damaged one costs only itself. Shared by version 1 (read once, to
 * migrate) and version 2. Loaded with store/saved, after the first board: never in a first load.
 * Each exported schema is built at its first check (z.lazy): building them all is a long task on
 * a phone, and a first visit, with nothing saved, checks none. No UI imports.
 */
import * as z from 'zod/mini';
import { SIZE, applyMoves, isSolved, parseBoard } from '../../engine';
import { markedMoves } from '../resume';
import { dateOfDay } from '../days';
import { starsFor, starsForMoves } from '../stars';

const whole = () => z.int().check(z.gte(0), z.lt(1e7));

export const count = z.lazy(whole);

/** A position of the board, 0–14. */
const position = () => z.int().check(z.gte(0), z.lt(SIZE));

const stars = () => z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]);

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
const realDay = () => z.string().check(z.refine((d) => dateOfDay(d) !== null));

/** A solved board's entry: no best exactly when no stars (only the solution was shown). */
export const solvedEntry = z.lazy(() =>
  z
    .object({
      best: z.nullable(whole()),
      par: whole(),
      stars: stars(),
      help: z.optional(z.enum(['hints', 'solution'])),
    })
    .check(z.refine((e) => (e.stars === 0) === (e.best === null))),
);

export const dailyEntry = z.lazy(() => z.object({ moves: whole(), par: whole(), hints: whole(), shown: z.optional(z.boolean()) }));

/** A board key, `plates/pebbles`, that names a valid board. */
const boardKey = () =>
  z.string().check(
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
export const finishedGame = z.lazy(() =>
  z
    .object({
      id: z.string().check(z.minLength(1), z.maxLength(64)),
      board: boardKey(),
      date: realDay(),
      moves: whole().check(z.gte(1)),
      par: whole(),
      stars: stars(),
      hintsUsed: whole(),
      solutionShown: z.boolean(),
      daily: z.optional(realDay()),
      path: z.optional(z.array(position())),
      hinted: z.optional(z.array(whole())),
    })
    .check(
      z.refine((g) => g.stars === starsFor(g) || (!g.solutionShown && g.stars === starsForMoves(g.moves, g.par))),
      z.refine((g) => g.path === undefined || solvesIn(g.board, g.path, g.moves)),
      z.refine((g) => g.hinted === undefined || markedMoves(g.hinted, g.moves) !== null),
    ),
);

/** Wins by moves over par, keyed by the number of extra moves. */
export const overPar = z.lazy(() => z.record(z.string().check(z.regex(/^\d{1,4}$/)), whole()));

/** How a saved game's board was opened (the app reopens the latest game by it). */
export const source = z.lazy(() =>
  z.union([
    z.object({ kind: z.literal('level'), id: whole().check(z.gte(1)) }),
    z.object({ kind: z.literal('daily'), date: realDay(), today: z.boolean() }),
    z.object({ kind: z.literal('random'), difficulty: z.enum(['easy', 'medium', 'hard', 'expert']) }),
    z.object({ kind: z.literal('custom') }),
  ]),
);

export const nullableDay = z.lazy(() => z.nullable(realDay()));
