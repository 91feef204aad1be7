/**
 * The words a board has when the rest of its notices' words cannot load (embed.js, whose later
 * script failed: offline, or blocked by the page; embed/later.ts): every announcement, why a
 * pebble did not move, the puzzle helper's failure and a win without par. The notices that only
 * the helper's answers bring (hints, the coach, the solution) cannot come then; any other shows
 * no message.
 */
import type { Notice } from '../../store';
import { notMovedText, solvedWithoutPar } from './en/announcements';
import { solverFailureText } from './en/failures';

export { announcementText } from './en/announcements';

export function noticeText(notice: Notice): string {
  switch (notice.kind) {
    case 'refused':
    case 'missed-drop':
      return notMovedText(notice);
    case 'solver-failed':
      return solverFailureText(notice);
    case 'solved-without-par':
      return solvedWithoutPar(notice.moves);
    default:
      return '';
  }
}
