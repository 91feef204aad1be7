/**
 * Which words the message box uses for notices: a game's own by default; the app provides its
 * wider set (appNoticeText: links and what they name), so embedded boards never carry those.
 */
import { createContext } from 'react';
import type { Notice } from '../store';
import { noticeText } from './messages';

/**
 * A lone board words its notices with noticeText; the app's own notices (AppNotice, about
 * links) never reach it, and would get no words.
 */
export const NoticeWords = createContext(noticeText as (notice: Notice) => string);
