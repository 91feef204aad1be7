/**
 * What the app's first paint depends on, as one string: the build writes it on the prerendered
 * root (data-prerendered), and the app hydrates that markup only when the store it opens with
 * gives the same string; any other board, progress or settings is drawn afresh.
 */
import { startTransition } from 'react';
import type { ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import type { GameState, GameStore } from '../store';

export const PRERENDERED = 'data-prerendered';

export function firstPaintKey(state: GameState): string {
  const { game, answers, session, progress } = state;
  return JSON.stringify([
    game.source,
    game.start,
    game.board,
    game.past,
    game.future,
    game.result,
    answers.par,
    session.notice,
    session.focus,
    progress.settings,
  ]);
}

/**
 * Takes over `root`: hydrates its prerendered markup when `store` opens on the state it shows
 * (in a transition, so that React yields to the page between components), else draws afresh
 * over it. React starts in a task after the store's (its event listeners and first render are
 * then a task apart from the store's start), and the state is compared then.
 */
export function renderOver(key: string) {
  return (root: HTMLElement, tree: ReactNode, store: GameStore): { unmount(): void } => {
    let rendered: { unmount(): void } | null = null;
    const start = setTimeout(() => {
      if (firstPaintKey(store.getState()) === key) {
        startTransition(() => {
          rendered = hydrateRoot(root, tree);
        });
        return;
      }
      const fresh = createRoot(root);
      fresh.render(tree);
      rendered = fresh;
    });
    return {
      unmount() {
        clearTimeout(start);
        rendered?.unmount();
      },
    };
  };
}

/** The prerendered root in `target`, if the build left one, with its key. */
export function prerenderedRoot(target: HTMLElement): { root: HTMLElement; key: string } | null {
  const root = target.firstElementChild;
  const key = root?.getAttribute(PRERENDERED);
  if (!(root instanceof HTMLElement) || key == null) return null;
  root.removeAttribute(PRERENDERED);
  return { root, key };
}
