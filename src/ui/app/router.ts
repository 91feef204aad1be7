/**
 * The app's history: each board the player opens and each panel they open is a history entry,
 * so Back and Forward move through them inside the app. The address always names the board
 * being played (copying it shares it); the panel rides in the entry's state, never in the link.
 * Boards opened by moving through history resume their saved game as it was. The browser is
 * reached through a HistoryAdapter, so the router is tested without one.
 */
import type { GameStore, LinkTarget } from '../../store';
import { readLink, sourceLink } from '../../store';
import { VIEWS, pageTitle } from '../messages';

export type View = keyof typeof VIEWS;
const VIEW_NAMES = Object.keys(VIEWS) as View[];

/** The few history operations the router needs (window.history and location in a browser). */
export interface HistoryAdapter {
  /** The current entry: its hash and the state saved with it. */
  read(): { readonly hash: string; readonly state: unknown };
  push(hash: string, state: { readonly view: View }): void;
  replace(hash: string, state: { readonly view: View }): void;
  /** Calls `onMove` when the entry changes under the app (Back, Forward, a followed link); returns how to stop. */
  listen(onMove: () => void): () => void;
  setTitle(title: string): void;
}

export interface Router {
  /** Opens a view as a new history entry (nothing when it is open already). */
  show(view: View): void;
  dispose(): void;
}

/** The view an entry's state names, or `otherwise`. */
const viewIn = (state: unknown, otherwise: View = 'play'): View => {
  const view = (state as { view?: unknown } | null)?.view;
  return VIEW_NAMES.includes(view as View) ? (view as View) : otherwise;
};

/** Opens a link's board as a return to it (its saved game as it was); may finish later. */
function open(store: GameStore, target: LinkTarget): Promise<void> | void {
  const game = store.getState();
  if (target.kind === 'board') game.newGame(target.board, { kind: 'custom' }, null, 'return');
  else if (target.kind === 'level') game.loadLevel(target.id, 'return');
  else if (target.kind === 'daily') return game.loadDaily(target.day ?? undefined, 'return');
}

/**
 * Starts the app's history on the page's current entry. `shown` is the view on screen: the
 * router loads after the board, and a view the player opened meanwhile stays open unless the
 * entry names one (a reload on a panel).
 */
export function createRouter(store: GameStore, history: HistoryAdapter, onView: (view: View) => void, shown: View = 'play'): Router {
  const here = (): string => sourceLink(store.getState().game.source, store.getState().game.start);
  let view = viewIn(history.read().state, shown);
  /** A board change on its way because the player moved through history: it must not add an entry. */
  let returning = false;
  const setView = (next: View): void => {
    view = next;
    onView(next);
  };
  const title = (): void => history.setTitle(pageTitle(store.getState().game.source));

  history.replace(here(), { view });
  title();
  onView(view);

  const unsubscribe = store.subscribe((state, before) => {
    if (state.game.start === before.game.start && state.game.source === before.game.source) return;
    title();
    if (returning) {
      returning = false;
      history.replace(here(), { view });
      return;
    }
    // The player opened another board: a new entry, on the board.
    history.push(here(), { view: 'play' });
    setView('play');
  });

  const onMove = (): void => {
    const entry = history.read();
    const next = viewIn(entry.state);
    if (entry.hash === here()) {
      if (next !== view) setView(next);
      return;
    }
    const link = readLink(entry.hash, store.getState().today());
    if (!link.ok || link.value.kind === 'none') {
      if (!link.ok) store.getState().notify({ kind: 'link-invalid', error: link.error, fallback: false });
      // The address names the board still being played, so a reload or a copied address keeps it.
      history.replace(here(), { view: next });
      setView(next);
      return;
    }
    returning = true;
    setView(next);
    const done = (): void => void (returning = false);
    const opening = open(store, link.value);
    if (opening) void opening.finally(done);
    else done();
  };
  const stop = history.listen(onMove);

  return {
    show(next) {
      if (next === view) return;
      history.push(here(), { view: next });
      setView(next);
    },
    dispose() {
      unsubscribe();
      stop();
    },
  };
}

/** The browser's history and address bar. */
export function browserHistory(): HistoryAdapter {
  const safely = (change: () => void): void => {
    try {
      change();
    } catch {
      /* a sandboxed page may refuse history changes: the game works without them */
    }
  };
  return {
    read: () => ({ hash: location.hash, state: history.state as unknown }),
    push: (hash, state) => safely(() => history.pushState(state, '', hash)),
    replace: (hash, state) => safely(() => history.replaceState(state, '', hash)),
    listen(onMove) {
      // A followed link fires both; the second finds the board already open.
      window.addEventListener('popstate', onMove);
      window.addEventListener('hashchange', onMove);
      return () => {
        window.removeEventListener('popstate', onMove);
        window.removeEventListener('hashchange', onMove);
      };
    },
    // Unchanged (as the prerendered page has it): left alone, no mutation of the page's <title>.
    setTitle: (title) => {
      if (document.title !== title) document.title = title;
    },
  };
}
