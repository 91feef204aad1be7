/**
 * The parts of embed.js that load after its boards are on screen, in one classic script next to
 * it (embed-solver-HASH.js, made from solver-script.ts): the page's shared solver, and the words
 * of the boards' notices (no notice shows on a first paint). The build takes
 * embed.js's lazy import of those words from here (scripts/build.mjs, eagerImports). Loaded
 * once for the page; a failed load is tried again on the next call.
 */
import type { Notice } from '../store';
import * as basicWords from '../ui/messages/basicWords';
import type * as NoticeWordsModule from '../ui/messages/notices';
import { loadScript } from './load-script';
import { currentScriptUrl } from './script-url';
import type * as SharedSolver from './shared-solver';

declare const __TRIPEBBLE_EMBED_SOLVER__: string;

/** What the later script hands over. */
export interface LaterParts {
  readonly sharedSolver: typeof SharedSolver;
  readonly noticeWords: typeof NoticeWordsModule;
}

const isLaterParts = (value: unknown): value is LaterParts => {
  const parts = value as Partial<LaterParts> | null;
  return typeof parts?.sharedSolver?.connect === 'function' && typeof parts.noticeWords?.noticeText === 'function';
};

// Read while embed.js first runs: document.currentScript is only set then.
const laterUrl = new URL(__TRIPEBBLE_EMBED_SOLVER__, currentScriptUrl());

let loading: Promise<LaterParts> | null = null;
/** The notices' words, once the later script has come (it may come on a later try). */
let words: typeof NoticeWordsModule | null = null;

export function laterParts(): Promise<LaterParts> {
  loading ??= loadScript(laterUrl.href, isLaterParts).then(
    (parts) => ((words = parts.noticeWords), parts),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** Until the later script comes, the words a board needs most (ui/messages/basicWords); then all. */
const fallback = { ...basicWords, noticeText: (notice: Notice) => (words ?? basicWords).noticeText(notice) };

/**
 * The notices' words, for embed.js (in place of their own chunk, which a classic script cannot
 * load); the words a board needs most when the later script cannot load (ui/messages/basicWords).
 */
export const noticeWords = (): Promise<typeof NoticeWordsModule | typeof fallback> =>
  laterParts().then(
    (parts) => parts.noticeWords,
    () => fallback,
  );
