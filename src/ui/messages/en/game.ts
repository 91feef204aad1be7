/**
 * English for one game as embedded boards and the app show it: control names, the status
 * numbers, the board's spoken labels, the win panel with its share text, settings and the
 * load-failure note. Words only; the components decide where they go.
 */
import type { GameResult, Help, Palette } from '../../../store';
import type { Control } from '../../options';
import { capitalised, colourName, count, placeName } from './names';

export const GAME_LABEL = 'Tripebble puzzle';
/** The accessible name of the n-th board of a page, so several boards can be told apart. */
export const numberedGameLabel = (n: number): string => `${GAME_LABEL} ${n}`;
export const BOARD_LABEL = 'Board: 15 plates in a triangle of 5 rows';
export const DISMISS = 'Dismiss message';

export const CONTROLS: Record<Control, string> = {
  hint: 'Hint',
  undo: 'Undo',
  redo: 'Redo',
  restart: 'Restart',
  solution: 'Show solution',
  new: 'New board',
  settings: 'Settings',
};
export const STOP_SOLUTION = 'Stop solution';
export const TOOLBAR = 'Game controls';

export const STATUS = { moves: 'Moves', par: 'Par', matched: 'Matched', togo: 'To solved' } as const;
/** Why a number shows as "?". */
export const UNKNOWN = 'Unknown: the puzzle helper is not available';

/** What a screen reader hears for one position of the board. */
export function spotLabel(spot: {
  readonly pos: number;
  readonly plate: string;
  readonly pebble: string | null;
  readonly matched: boolean;
  readonly movable: boolean;
  readonly hinted: boolean;
}): string {
  const place = `${capitalised(placeName(spot.pos))}: ${colourName(spot.plate)} plate`;
  if (spot.pebble === null) return `${place}, the hole`;
  const notes = [spot.matched ? 'matched' : '', spot.movable ? 'can move' : 'cannot move', spot.hinted ? 'hint' : ''];
  return `${place}, ${colourName(spot.pebble)} pebble, ${notes.filter((n) => n !== '').join(', ')}`;
}

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

export const PALETTE_NAMES: Record<Palette, string> = {
  default: 'Standard',
  'colour-blind': 'Colour-blind safe',
  'high-contrast': 'High contrast',
};

export const SETTINGS = {
  title: 'Settings',
  colours: 'Colours',
  help: 'Help',
  showAll: 'Show all optimal moves and the moves to solved',
  coach: 'Coach: say how good each move was',
} as const;

export const LOAD_FAILED = {
  text: 'This part of the game could not be loaded. Check the connection, then reload the page.',
  reload: 'Reload',
} as const;
