/**
 * English for every notice the app shows: a game's own (notices.ts) and the app's about links
 * and what they name (what is wrong with a shared link included). Loaded with the notices' words (ui/app/App.tsx), not with the app shell.
 */
import type { LinkError, Notice } from '../../../store';
import { boardErrorText, dayErrorText } from './errors';
import { noticeText } from './notices';

const LINK_SOURCES = { board: 'a board', level: 'a level', daily: 'a daily board' } as const;

export function linkErrorText(error: LinkError): string {
  switch (error.code) {
    case 'encoding':
      return 'the link is not properly encoded';
    case 'half-board':
      return error.missing === 'plates' ? 'the link has pebbles but no plates' : 'the link has plates but no pebbles';
    case 'board':
      return boardErrorText(error.error);
    case 'level':
      return `"${error.value}" is not a level number`;
    case 'daily':
    case 'not-yet':
      return dayErrorText(error);
    case 'sources':
      return `it names ${error.sources.map((s) => LINK_SOURCES[s]).join(' and ')}; a link names one board`;
    case 'no-board':
      return 'the link names no board (expected plates and pebbles)';
  }
}

/**
 * Every notice in words, the app's own (about links and what they name) included; what the
 * saved-data reader found lost is worded in full by savedNoticeText (panels.ts), loaded with it.
 */
export function appNoticeText(notice: Notice): string {
  switch (notice.kind) {
    case 'link-invalid':
      return `This link's board could not be opened: ${linkErrorText(notice.error)}.${notice.fallback ? ' Here is a level to play instead.' : ''}`;
    case 'no-such-level':
      return `There is no level ${notice.id}; there are ${notice.count}.`;
    case 'no-such-day':
      return `There is no daily board for "${notice.value}": expected a date like 2026-11-22.`;
    default:
      return noticeText(notice);
  }
}
