/**
 * English for the app around the game: its views, what is being played, the share link, how to
 * play. Loaded with the app shell (the panels' words are in panels.ts, loaded with them; the
 * notices only the app shows, about links, in linkNotices.ts), so embedded boards never carry them.
 */
import type { BoardSource } from '../../../store';

export const APP_NAME = 'tripebble';
export const MAIN_NAV = 'Main';
export const LOADING = 'Loading…';

export const VIEWS = {
  play: 'Play',
  levels: 'Levels',
  new: 'New board',
  editor: 'Editor',
  stats: 'Stats',
  leaderboard: 'Leaderboards',
  settings: 'Settings',
} as const;

/** What is being played, in words: a level, the daily board, a random or a custom board. */
export function titleOf(source: BoardSource): string {
  switch (source.kind) {
    case 'level':
      return `Level ${source.id}`;
    case 'daily':
      return `Daily board · ${source.date}`;
    case 'random':
      return `Random ${source.difficulty} board`;
    case 'custom':
      return 'Custom board';
  }
}

export const pageTitle = (source: BoardSource): string => `${titleOf(source)} · ${APP_NAME}`;

export const NEXT = { level: 'Next level', board: 'New board' } as const;

export const SHARE_LINK = {
  copy: 'Copy link',
  copied: 'Link copied.',
  manual: (url: string): string => `Copy this link: ${url}`,
} as const;

export const HOW_TO_PLAY = { title: 'How to play' } as const;
