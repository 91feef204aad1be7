/**
 * What embed.js and embed.mjs share: <tripebble-board> defined with the real game, each board
 * exposing its game to the host API, and every board of the page connected to one shared solver
 * (worker/pool.ts) that loads after the boards are on screen. Each entry says how that solver's
 * code loads (a classic script, or a module chunk). Imports no solver runtime code and no comlink.
 */
import type { SolverClient } from '../worker/client';
import { lazySolverClient } from '../worker/lazy';
import { defineTripebbleBoard } from './element';
import type { BoardView } from './element';
import { SettingsPanel } from '../ui/SettingsPanel';
import { hostGame } from './host';
import { mount } from './mount';
import type { MountOptions } from './mount';

/** The real game behind one element, with its host API and its theme switch. */
export function mountBoard(target: HTMLElement, options: MountOptions): BoardView {
  const mounted = mount(target, options);
  return { game: hostGame(mounted.store), setTheme: mounted.setTheme, unmount: mounted.unmount };
}

/**
 * Defines the element; `connect` loads the page's shared solver and gives one board its client,
 * `stylesheet` is the URL of the game's styles, which every board's shadow root links.
 */
export function defineBoards(connect: () => Promise<SolverClient>, stylesheet: string): CustomElementConstructor {
  return defineTripebbleBoard({
    mount: mountBoard,
    options: () => ({ connect: () => lazySolverClient(connect), settings: SettingsPanel }),
    stylesheet,
  });
}
