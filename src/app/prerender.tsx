/**
 * The app's first screen as HTML, for index.html at build time (scripts/prerender.mjs runs this
 * in Node): the store a first visit opens (no link, no saved progress, on the first level), drawn
 * with React's server renderer inside the root element mount() takes over, marked with the key
 * of that state so that the page hydrates it only when it opens on the very same state.
 */
import { renderToString } from 'react-dom/server';
import { gameTree, rootClass } from '../embed/mount';
import { createGameStore, emptyStats, firstUnsolvedLevel } from '../store';
import { App } from '../ui/app/App';
import { pageTitle } from '../ui/messages';
import { OnlineContext } from '../ui/online/context';
import type { SolverClient } from '../worker/client';
import { PRERENDERED, firstPaintKey } from './firstPaint';

/** A solver that never answers: the page shows what it knows before the worker starts. */
const waiting: SolverClient = {
  solve: () => new Promise(() => undefined),
  generate: () => new Promise(() => undefined),
  warmUp: () => Promise.resolve(),
  dispose: () => undefined,
};

/** The app's shell as OnlineApp draws it before its leaderboards have loaded (they never load here). */
const leaderboards = new Promise<null>(() => undefined);
function Shell() {
  return (
    <OnlineContext value={leaderboards}>
      <App />
    </OnlineContext>
  );
}

const attribute = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The markup of the app's root element on a first visit, and the page's title then (the
 * router's, which then finds it in place and leaves the page's title alone).
 */
export function prerender(): { html: string; title: string } {
  const store = createGameStore({ solver: waiting, storage: null });
  // As mount() opens the app for a first visit (start.ts: no link, nothing saved).
  store.getState().loadLevel(firstUnsolvedLevel(emptyStats()), 'return');
  const key = firstPaintKey(store.getState());
  const html = renderToString(gameTree(store, { shell: Shell }));
  const title = pageTitle(store.getState().game.source);
  store.getState().dispose();
  return { html: `<div class="${rootClass(true)}" data-theme="auto" ${PRERENDERED}="${attribute(key)}">${html}</div>`, title };
}
