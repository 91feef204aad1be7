/**
 * English for what the store reports: notices (the message box), and the announcements (the
 * polite live region, en/announcements.ts), built from the store's notice data alone. Loaded
 * when a board first needs them (ui/NoticeWords.ts), not with the board: no notice shows on a
 * first paint.
 */
import type { LostParts, Notice, SaveFailure } from '../../../store';
import { notMovedText, solvedWithoutPar } from './announcements';
import { solverFailureText } from './failures';
import { count, placeName } from './names';

export { announcementText } from './announcements';

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

/** Notices only the app shows (links and what they name): worded by appNoticeText (en/app.ts). */
export type AppNotice = Extract<Notice, { kind: 'link-invalid' | 'no-such-level' | 'no-such-day' }>;

/** The words of every notice a game can show; the app's own are appNoticeText's. */
export function noticeText(notice: Exclude<Notice, AppNotice>): string {
  switch (notice.kind) {
    case 'refused':
    case 'missed-drop':
      return notMovedText(notice);
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
