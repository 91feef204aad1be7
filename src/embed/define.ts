/**
 * What embed.js and embed.mjs share: <tripebble-board> defined with the real game, each board
 * exposing its game to the host API, and every board of the page connected to one shared solver
 * (worker/pool.ts) that loads after the boards are on screen. Each entry says how that solver's
 * code loads (a classic script, or a module chunk). Imports no solver runtime code and no comlink.
 */
import type { SolverClient } from '../worker/client';
import { lazySolverClient } from '../worker/lazy';
import { defineTripebbleBoard } from './element';
import type { BoardOptions, BoardView } from './element';
import type { ThemeName } from '../ui/options';
import { hostGame } from './host';
import { mount } from './mount';

/**
 * The real game behind one element, with its host API and its theme: the `data-theme` of the
 * game's root element, which the game's styles read (set here, not in mount(), which the app's
 * first load carries too).
 */
export function mountBoard(target: HTMLElement, { theme, ...options }: BoardOptions): BoardView {
  const mounted = mount(target, options);
  const root = target.querySelector(':scope > .tp-root');
  const setTheme = (value: ThemeName): void => {
    if (root instanceof HTMLElement) root.dataset.theme = value;
  };
  setTheme(theme ?? 'auto');
  return { game: hostGame(mounted.store), setTheme, unmount: mounted.unmount };
}

/** Defines the element; `connect` loads the page's shared solver and gives one board its client. */
export function defineBoards(connect: () => Promise<SolverClient>): CustomElementConstructor {
  return defineTripebbleBoard({ mount: mountBoard, options: () => ({ connect: () => lazySolverClient(connect) }) });
}
