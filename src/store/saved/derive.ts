/**
 * The stats from what was saved: the root's `base` (version 1's stats, and games folded out of
 * the log) with every finished game of the log added once, in order. Each game adds to its
 * board's entry (best of the player's own moves, most stars, the help of the game that earned
 * them), to wins and hints used, and, for today's daily board, to the streak. Pure functions;
 * loaded with store/saved. No UI imports.
 */
import type { FinishedGame } from '../finished';
import type { Help, SolvedEntry, Stats } from '../stats';
import { starsFor } from '../stars';
import { previousDay } from '../stats';

const HELP: readonly (Help | undefined)[] = [undefined, 'hints', 'solution'];
const helpRank = (help: Help | undefined): number => HELP.indexOf(help);

/**
 * One win merged into a board's entry: the best of the player's own moves, the most stars, and
 * the help of the game that earned them (the least help among games with as many stars), so a
 * level never shows stars earned with hints as if they were earned without.
 */
function solvedEntry(before: SolvedEntry | undefined, game: FinishedGame): SolvedEntry {
  // The one star rule, so a game saved before hints cost stars shows what it earns now.
  const stars = starsFor(game);
  const mine: Help | undefined = game.solutionShown ? 'solution' : game.hintsUsed > 0 ? 'hints' : undefined;
  const bests = [game.solutionShown ? null : game.moves, before?.best ?? null].filter((b) => b !== null);
  const keep = before && (before.stars > stars || (before.stars === stars && helpRank(before.help) < helpRank(mine)));
  const help = keep ? before.help : mine;
  return {
    best: bests.length > 0 ? Math.min(...bests) : null,
    par: game.par,
    stars: Math.max(stars, before?.stars ?? 0) as SolvedEntry['stars'],
    ...(help ? { help } : {}),
  };
}

/**
 * Stats after a finished game: its board's entry, hints used, and for today's daily board its
 * result and the streak. A game with the solution shown is recorded as such, but is no win of
 * the player's: it adds no win and no streak day (and takes the day, so it cannot be replayed
 * for the streak).
 */
export function addGame(stats: Stats, game: FinishedGame): Stats {
  const own = !game.solutionShown;
  const over = game.moves - game.par;
  const path = game.path;
  let next: Stats = {
    ...stats,
    solved: { ...stats.solved, [game.board]: solvedEntry(stats.solved[game.board], game) },
    hintsUsed: stats.hintsUsed + game.hintsUsed,
    wins: stats.wins + (own ? 1 : 0),
    games: stats.games + 1,
    overPar: own ? { ...stats.overPar, [over]: (stats.overPar[over] ?? 0) + 1 } : stats.overPar,
    lastWins: path ? { ...stats.lastWins, [game.board]: { ...game, path } } : stats.lastWins,
  };
  const daily = game.daily;
  if (daily === undefined || daily in stats.daily.results) return next;
  const entry = { moves: game.moves, par: game.par, hints: game.hintsUsed };
  if (game.solutionShown) {
    next = { ...next, daily: { ...stats.daily, results: { ...stats.daily.results, [daily]: { ...entry, shown: true } } } };
  } else {
    const streak = stats.daily.last === previousDay(daily) ? stats.daily.streak + 1 : 1;
    next = {
      ...next,
      daily: { last: daily, streak, best: Math.max(stats.daily.best, streak), results: { ...stats.daily.results, [daily]: entry } },
    };
  }
  return next;
}

/** The stats of `base` with `games` added, in order. */
export function statsOf(base: Stats, games: readonly FinishedGame[]): Stats {
  return games.reduce(addGame, base);
}

/** Games the log keeps; older ones are folded into the root's base stats. */
export const LOG_CAP = 1000;

/** Splits an over-long log: the oldest games folded into the base, the newest `cap` kept. */
export function trimLog(base: Stats, games: readonly FinishedGame[], cap = LOG_CAP): { base: Stats; games: readonly FinishedGame[] } {
  if (games.length <= cap) return { base, games };
  const cut = games.length - cap;
  // The base keeps totals, not games: a folded game can no longer be reviewed.
  return { base: { ...statsOf(base, games.slice(0, cut)), lastWins: {} }, games: games.slice(cut) };
}
