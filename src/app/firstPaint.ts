/**
 * What the app's first paint depends on, as one string: the build writes it on the prerendered
 * root (data-prerendered), and the app hydrates that markup only when the store it opens with
 * gives the same string; any other board, progress or settings is drawn afresh. Pure.
 */
import type { GameState } from '../store';

export const PRERENDERED = 'data-prerendered';

export function firstPaintKey(state: GameState): string {
  const { game, answers, session, progress } = state;
  return JSON.stringify([game.source, game.start, game.board, game.past, game.future, game.result, answers.par, session.notice, session.focus, progress.settings]);
}

/** The prerendered root in `target`, if the build left one, with its key. */
export function prerenderedRoot(target: HTMLElement): { root: HTMLElement; key: string } | null {
  const root = target.firstElementChild;
  const key = root?.getAttribute(PRERENDERED);
  if (!(root instanceof HTMLElement) || key == null) return null;
  root.removeAttribute(PRERENDERED);
  return { root, key };
}
