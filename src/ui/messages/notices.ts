/**
 * A game's notices and announcements in the player's language: loaded when a board first has one
 * to show or say (ui/NoticeWords.ts), so that a board's first load carries none of their words.
 */
import type { Notice } from '../../store';
import { noticeText as gameNoticeText } from './en/notices';

export { announcementText } from './en/notices';
/** Typed for every notice, as the message box holds them: the app's own never reach a lone board. */
export const noticeText = gameNoticeText as (notice: Notice) => string;
