/**
 * English for the win panel, loaded with it (in the app it loads after the board): stars and
 * why a game earned them, moves against par, the help it had, the daily board's copyable result,
 * and the help marks of the levels list. Words only.
 */
import type { GameResult, Help } from '../../../store';
import { MANY_HINTS } from '../../../store';
import { count } from './names';

/** Three star characters, `stars` of them filled; out-of-range counts are clamped, never thrown on. */
export function starText(stars: number): string {
  const filled = Math.max(0, Math.min(3, Math.trunc(stars) || 0));
  return '★'.repeat(filled) + '☆'.repeat(3 - filled);
}

export const WIN = {
  title: 'Solved!',
  stars: (stars: number): string => (stars > 0 ? `${stars} of 3 stars` : 'No stars: the solution was shown'),
  /** The moves against par, numbers apart so the panel can set them in bold. */
  summary: (result: GameResult): (string | number)[] => [result.moves, ' moves, par ', result.par, '. '],
  help(result: GameResult): string {
    if (result.solutionShown) return 'Solved with the solution shown.';
    if (result.hintsUsed > 0) return `Solved with ${count(result.hintsUsed, 'hint')}.`;
    return result.moves === result.par ? 'A perfect game!' : `Par is ${result.par}: can you find a shorter way?`;
  },
  /** The star rule, in one line. */
  rule: `Three stars: par without help. A hint caps them at two, ${MANY_HINTS} or more hints at one.`,
  copy: 'Copy result',
  copied: 'Copied. Paste it anywhere to share.',
  copyBlocked: 'Copying is blocked here: select the text above instead.',
  again: 'Play again',
  next: 'Next board',
  alreadyTitle: 'Already solved',
  already: 'Every pebble already sits on a plate of its own colour: there is nothing to move.',
} as const;

/** The copyable result of a daily board: date, moves against par and help, and no move given away. */
export function dailyShareText(date: string, result: GameResult): string {
  const help = result.solutionShown ? 'with the solution shown' : result.hintsUsed === 0 ? 'no hints' : count(result.hintsUsed, 'hint');
  return [`tripebble daily ${date}`, `${result.moves} moves (par ${result.par}) ${starText(result.stars)}`, help].join('\n');
}

/** The mark for a board's help in lists, short enough for a level's button. */
export const HELP_MARKS: Record<Help, string> = { hints: 'hints', solution: 'shown' };
