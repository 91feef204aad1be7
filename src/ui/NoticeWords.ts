/**
 * Which words the message box and the live region use, and when they load: no notice shows on a
 * first paint, so their words are not in a board's first load but loaded on its first notice or
 * announcement, the notice drawn when they arrive. A game's own words by default; the app
 * provides its wider set (links and what they name), which its saved-data reader brings early.
 */
import { createContext, useEffect, useState } from 'react';
import type { Announcement, Notice } from '../store';

export interface Words {
  readonly noticeText: (notice: Notice) => string;
  readonly announcementText: (announcement: Announcement) => string;
}

export interface NoticeWordsValue {
  /** Loads the words: one function for the page (a new one loads them again). */
  readonly load: () => Promise<Words>;
  /** Wider notice words already at hand (the app's, with the saved-data reader), if any. */
  readonly noticeText?: (notice: Notice) => string;
}

/**
 * A lone board words its notices with noticeText; the app's own notices (about links) never
 * reach it, and would get no words.
 */
// embed.js, one classic script, takes these words from the script it loads after its boards
// instead (scripts/build.mjs, eagerImports; src/embed/later.ts).
export const NoticeWords = createContext<NoticeWordsValue>({ load: () => import('./messages/notices') });

/**
 * The words, once loaded: asked for when `needed` (a notice or an announcement is waiting), and
 * kept while the board is. A failed load (offline before it was cached) is tried again once
 * nothing waits for words and then something does; a loaded module answers the next board's
 * call at once.
 */
export function useWords(load: NoticeWordsValue['load'], needed: boolean): Words | undefined {
  const [words, arrived] = useState<Words>();
  useEffect(() => {
    if (!words && needed) load().then(arrived, () => undefined);
  }, [load, needed, words]);
  return words;
}
