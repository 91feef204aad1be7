/**
 * English for the app's panels, loaded with them: the levels list, new boards and the daily
 * board, the stats and the board editor; and what the saved-data reader found lost, loaded with
 * that reader.
 */
import type { Difficulty, EditorDraft, LostParts, Notice, SolvedEntry } from '../../../store';
import { MANY_HINTS, ownSolve } from '../../../store';
import { appNoticeText } from './linkNotices';
import { boardErrorText } from './errors';
import { difficultyOf } from '../../../levels/chapters';
import { capitalised, colourName, count, placeName } from './names';
import { solverFailureText } from './failures';
import { damagedText, lostText } from './notices';

/** Everything damaged saved data cost, in words: a board's own losses, and the stats'. */
function allLostText(lost: LostParts): string {
  const stats = [
    lost.boards && count(lost.boards, 'board result'),
    lost.days && count(lost.days, 'daily result'),
    lost.finished && count(lost.finished, 'finished game'),
    lost.totals && 'totals',
  ];
  return [lostText(lost), ...stats].filter((part) => part).join(', ');
}

/** Every notice in words, with all that the saved-data reader (store/saved) can find lost. */
export function savedNoticeText(notice: Notice): string {
  return notice.kind === 'saved-data-damaged' ? damagedText(allLostText(notice.lost)) : appNoticeText(notice);
}

export const LEVELS_PANEL = {
  title: 'Levels',
  list: 'All levels',
  summary: (done: number, total: number): string =>
    `${done} of ${total} solved. Par is the fewest moves possible. Three stars for a game at par without help; any hint caps a game at two stars, ${MANY_HINTS} or more hints at one; none when the solution was shown.`,
  review: (id: number): string => `Review your last game of level ${id}`,
  reviewShort: 'Review',
  par: (par: number): string => `par ${par}`,
  /** What a screen reader hears after the level's number and par. */
  spoken(entry: SolvedEntry | undefined): string {
    if (!entry) return ', not solved yet';
    if (!ownSolve(entry)) return ', solved with the solution shown, no stars';
    return `, ${entry.stars} stars${entry.help === 'hints' ? ' with hints' : ''}, best ${entry.best} moves`;
  },
} as const;

export const NEW_BOARD_PANEL = {
  title: 'New board',
  random: 'Random board',
  difficulty: (difficulty: Difficulty): string => difficulty,
  range: (min: number, max: number): string => `par ${min}–${max}`,
  daily: 'Daily board',
  dailyIntro: 'One board a day, the same for everyone.',
  dailyDone: (shown: boolean): string => (shown ? 'You have seen today’s solution.' : 'You have solved today’s board.'),
  streak: (days: number): string => `Streak: ${count(days, 'day')}.`,
  playDaily: 'Play today’s board',
} as const;

export const STATS_PANEL = {
  title: 'Stats',
  solved: 'Boards you solved (without the solution shown)',
  perfect: 'Boards with three stars (at par, no help)',
  shown: 'Boards solved only with the solution shown',
  wins: 'Games won (every game counts, replays too)',
  hints: 'Hints used, all games together',
  hintsPerGame: 'Hints per finished game, on average',
  streak: 'Daily streak: daily boards won on days in a row, up to today',
  bestStreak: 'Longest daily streak',
  /** Hints per game, to one decimal place. */
  perGame: (value: number): string => value.toFixed(1),
  chartTitle: 'Your wins by moves over par',
  chartNote: (counted: number, wins: number): string =>
    counted === wins ? `${count(counted, 'win')}.` : `${count(counted, 'win')} of ${wins}: older wins were saved without their moves.`,
  /** One bar of the chart: how many moves over par (the last bar gathers `from` and more). */
  overPar: (extra: number, last: boolean): string => (extra === 0 ? 'at par' : `+${extra}${last ? ' or more' : ''}`),
  /** A bar's short label under the chart (the table says it in full). */
  barLabel: (extra: number, last: boolean): string => (extra === 0 ? 'par' : `${last ? '≥' : ''}+${extra}`),
  columns: ['Moves over par', 'Wins'] as const,
  noWins: 'No wins counted yet: win a board to see how close to par you get.',
  recent: 'Recent daily boards',
  daily(date: string, entry: { moves: number; par: number; hints: number; shown?: boolean }): string {
    const help = entry.shown ? ', solution shown' : entry.hints > 0 ? `, ${count(entry.hints, 'hint')}` : '';
    return `${date}: ${entry.moves} moves, par ${entry.par}${help}`;
  },
  confirm: 'Forget all progress?',
  yes: 'Yes, reset',
  no: 'Keep it',
  reset: 'Reset stats',
} as const;

export const EDITOR_PANEL = {
  title: 'Board editor',
  intro: 'Pick a colour, then tap plates or pebbles on the board to set them.',
  modes: { plates: 'Plates', pebbles: 'Pebbles' },
  modeLegend: 'Tapping sets',
  paletteLegend: 'Colour',
  hole: 'Hole',
  /** A colour of the palette, as read out: "Blue (B)", or "Colour Q" for a letter without a name. */
  swatch(letter: string): string {
    const name = capitalised(colourName(letter));
    return name.endsWith(` ${letter}`) ? name : `${name} (${letter})`;
  },
  addLetter: 'Another letter',
  add: 'Add',
  board: 'The board being edited',
  /** A position of the drawn board, as read out, and whether the engine finds it wrong. */
  spot(pos: number, plate: string, pebble: string | null, wrong: boolean): string {
    const what = pebble === null ? 'the hole' : `${colourName(pebble)} pebble`;
    return `${capitalised(placeName(pos))}: ${colourName(plate)} plate, ${what}${wrong ? ' (not valid)' : ''}`;
  },
  codes: 'Board codes',
  plates: 'Plates',
  pebbles: ['Pebbles (', { code: '-' }, ' is the hole)'] as const,
  shuffle: 'Shuffle pebbles',
  current: 'Current board',
  play: 'Play this board',
  /** What the engine and the solver say of the draft: validity, par and its difficulty band. */
  status(draft: EditorDraft): string {
    if (!draft.check.ok) return `Not a valid board: ${boardErrorText(draft.check.error)}.`;
    if (draft.failure) return `Valid board, but the par could not be worked out: ${solverFailureText(draft.failure)}`;
    return draft.par === null ? 'Valid board. Par: …' : `Valid board. Par: ${draft.par} (${difficultyOf(draft.par)})`;
  },
} as const;

export const THEME_SETTING = {
  legend: 'Theme',
  names: { system: 'As the system', light: 'Light', dark: 'Dark' },
} as const;
