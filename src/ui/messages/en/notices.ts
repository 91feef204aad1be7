/**
 * English for what the store reports: notices (the message box) and announcements (the polite
 * live region), built from the store's notice data alone. Loaded when a board first needs them
 * (ui/NoticeWords.ts), not with the board: no notice shows on a first paint.
 */
import type { Announcement, GameResult, LostParts, Notice, SaveFailure } from '../../../store';
import { solverFailureText } from './failures';
import { capitalised, colourName, count, placeName } from './names';

const REFUSALS = {
  hole: 'That is the hole: pick a pebble to move into it.',
  'off-line': 'That pebble is not on a straight line with the hole.',
} as const;

const COACH = ['Good move: still on a shortest path', 'That move cost one extra move', 'That move cost two extra moves'] as const;

/**
 * What damaged saved data cost, as a list: "settings, 2 saved games". A board alone can lose
 * only these two; the app words the rest (appNoticeText).
 */
export const lostText = (lost: LostParts): string =>
  [lost.settings && 'settings', lost.games && count(lost.games, 'saved game')].filter((part) => part).join(', ');

/** The damaged-data notice, given what was lost in words. */
export const damagedText = (lost: string): string => `Damaged saved data was dropped (${lost || 'unreadable'}); the rest is kept.`;

/** Why nothing is saved: the newer data left alone, damaged data, or a storage that is blocked or full. */
const notSavedWhy = (cause: SaveFailure): string =>
  cause === 'newer' ? 'saved data is from a newer version' : cause === 'damaged' ? 'saved data is damaged' : `storage is ${cause}`;

const solvedWithoutPar = (moves: number): string =>
  `Solved in ${count(moves, 'move')}! Without the puzzle helper there is no par to score it against.`;

/** Notices only the app shows (links and what they name): worded by appNoticeText (en/app.ts). */
export type AppNotice = Extract<Notice, { kind: 'link-invalid' | 'no-such-level' | 'no-such-day' }>;

/** The words of every notice a game can show; the app's own are appNoticeText's. */
export function noticeText(notice: Exclude<Notice, AppNotice>): string {
  switch (notice.kind) {
    case 'refused':
      return notice.reason === 'no-position' ? `There is no position ${notice.pos}.` : REFUSALS[notice.reason];
    case 'missed-drop':
      return `That ${notice.onto === null ? 'drop missed the board' : `is ${placeName(notice.onto)}, not the hole`}: drop the pebble on the hole at ${placeName(notice.hole)}.`;
    case 'hint':
      return notice.stage === 1
        ? `Hint: move the marked pebble at ${placeName(notice.from)}. Press Hint again to see where it goes.`
        : `Hint: it leaps into the hole at ${placeName(notice.to)}.`;
    case 'hint-waiting':
      return 'Make the marked move, then ask for the next hint.';
    case 'already-solved':
      return notice.asked === 'hint'
        ? 'The board is solved: there is nothing left to hint.'
        : 'The board is solved: there is no solution to show.';
    case 'coach':
      return `${COACH[notice.cost]} (${notice.togo} to go).`;
    case 'solution-playing':
      return 'Playing the solution. Press Stop to take over; Undo takes moves back.';
    case 'solution-stopped':
      return 'Solution stopped: your move.';
    case 'solver-failed':
      return solverFailureText(notice);
    case 'solved-without-par':
      return solvedWithoutPar(notice.moves);
    case 'saved-data-damaged':
      return damagedText(lostText(notice.lost));
    case 'saved-data-newer':
      return 'Saved progress is from a newer version: it is left as it is, and nothing here is saved.';
    case 'not-saved':
      return notice.win
        ? `This win is not saved: ${notSavedWhy(notice.cause)}.`
        : `Progress is not saved: ${notSavedWhy(notice.cause)}. It lasts while this page is open.`;
  }
}

function wonText(result: GameResult): string {
  const help = result.solutionShown ? ' with the solution shown' : result.hintsUsed > 0 ? ' with hints' : '';
  const stars = result.stars === 0 ? 'No stars' : count(result.stars, 'star');
  return `Solved${help} in ${result.moves} moves. Par is ${result.par}. ${stars}.`;
}

const progress = (moves: number, matched: number, pebbles: number): string => `${count(moves, 'move')}, ${matched} of ${pebbles} matched.`;

export function announcementText(announcement: Announcement): string {
  switch (announcement.kind) {
    case 'moved': {
      const { how, from, to, colour } = announcement;
      const pebble = `${colourName(colour)} pebble`;
      const what =
        how === 'undo'
          ? `Undid: ${pebble} back from ${placeName(from)} to ${placeName(to)}.`
          : `${how === 'redo' ? 'Redid: ' : ''}${how === 'redo' ? pebble : capitalised(pebble)} from ${placeName(from)} to ${placeName(to)}.`;
      return `${what} ${progress(announcement.moves, announcement.matched, announcement.pebbles)}`;
    }
    case 'restarted':
      return `Back to the start board. Redo brings the moves back. ${progress(0, announcement.matched, announcement.pebbles)}`;
    case 'new-board':
      return { new: 'A new board is ready.', again: 'The board starts again.', solved: 'This board is already solved.' }[announcement.how];
    case 'won':
      return wonText(announcement.result);
    case 'solved-without-par':
      return solvedWithoutPar(announcement.moves);
  }
}
