/**
 * English for one game as embedded boards and the app show it: control names, the status
 * numbers, the board's spoken labels, settings and the load-failure note (the win panel's
 * words are in win.ts, loaded with it). Words only; the components decide where they go.
 */
import type { Loading, Palette } from '../../../store';
import type { Control } from '../../options';
import { capitalised, colourName, placeName } from './names';

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

/** What is loading: shown on a first paint when the address names a board still to be made. */
export function loadingText(loading: Loading): string {
  if (loading.kind === 'daily') return `Preparing the daily board for ${loading.date}…`;
  return `Finding ${loading.difficulty === 'easy' || loading.difficulty === 'expert' ? 'an' : 'a'} ${loading.difficulty} board…`;
}
