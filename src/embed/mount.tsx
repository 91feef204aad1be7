/**
 * Puts a game on a page: mount(target, options) renders one board (or, with `app`, the full app)
 * into an element or shadow root, with its own store, styles adopted on that root, and the solver
 * client its entry connects, warmed up at once. The store's events reach the host worded by
 * ui/messages. Imports neither solver runtime code nor the solver client's module.
 */
import { StrictMode } from 'react';
import type { ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import type { Board } from '../engine';
import { parseBoard } from '../engine';
import { createGameStore } from '../store';
import type { BoardSource, GameEvent, GameStore, Notice, StorageLike } from '../store';
import { Game } from '../ui/Game';
import { GameProvider } from '../ui/GameContext';
import { boardErrorText, solverFailureText } from '../ui/messages';
import type { Control } from '../ui/options';
import { adoptCss } from '../ui/styles';
import gameCss from '../ui/game.css?inline';
import type { SolverClient } from '../worker/client';

/** What a host hears from a board: moves, the win, and errors in words. */
export type HostEvent = Exclude<GameEvent, { type: 'error' }> | { readonly type: 'error'; readonly message: string };

/** A store event as the host hears it. */
function forHost(event: GameEvent): HostEvent {
  return event.type === 'error' ? { type: 'error', message: solverFailureText(event.failure) } : event;
}

export interface MountOptions {
  readonly board?: Board;
  /** How `board` came to be played (a level, a random board…); custom when left out. */
  readonly source?: BoardSource;
  readonly level?: number;
  /** True for today's daily board, or a 'YYYY-MM-DD' day for that day's. */
  readonly daily?: boolean | string;
  readonly hints?: boolean;
  readonly controls?: readonly Control[];
  /**
   * Gives the board its solver client, disposed with the board. Each entry passes its own (the
   * app's loads after the board is on screen; embed.js's starts its worker next to the script).
   */
  readonly connect: () => SolverClient;
  readonly onEvent?: (event: HostEvent) => void;
  /**
   * What to render around the game instead of the lone board: the full app (menus, levels, daily
   * board, editor, stats, share links) passes its shell, so that embed builds never carry it.
   */
  readonly shell?: ComponentType;
  /** A notice to show at the start, such as why a shared link could not be opened. */
  readonly notice?: Notice;
  /** The board's accessible name (several boards on one page need different ones). */
  readonly label?: string;
  /** Where progress is saved; localStorage when left out, null for nowhere. */
  readonly storage?: StorageLike | null;
}

export interface MountedGame {
  readonly store: GameStore;
  unmount(): void;
}

/** The page's localStorage, or null where it is missing or blocked. */
export function browserStorage(): StorageLike | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Renders a game into `target`. @throws Error with a readable message for an invalid board. */
export function mount(target: HTMLElement | ShadowRoot, options: MountOptions): MountedGame {
  if (options.board) {
    const parsed = parseBoard(options.board.plates, options.board.pebbles);
    if (!parsed.ok) throw new Error(`invalid board: ${boardErrorText(parsed.error)}`);
  }
  const host = document.createElement('div');
  host.className = options.shell ? 'tp-root tp-app-root' : 'tp-root';
  target.appendChild(host);
  const Shell = options.shell;
  adoptCss(host, gameCss);

  const solver = options.connect();
  solver.warmUp().catch(() => undefined);
  const store = createGameStore({
    solver,
    storage: options.storage === undefined ? browserStorage() : options.storage,
    board: options.board,
    source: options.source,
    help: options.hints,
    onEvent: options.onEvent && ((event) => options.onEvent?.(forHost(event))),
  });
  const game = store.getState();
  // The page (or the app's address) names the board: its saved game goes on as it was.
  if (options.level !== undefined) game.loadLevel(options.level, 'return');
  else if (options.daily) void game.loadDaily(options.daily === true ? undefined : options.daily, 'return');
  if (options.notice) game.notify(options.notice);

  const root = createRoot(host);
  const next = (): void => void store.getState().loadNext();
  root.render(
    <StrictMode>
      <GameProvider store={store}>
        {Shell ? (
          <Shell />
        ) : (
          <Game
            label={options.label}
            controls={options.controls}
            hints={options.hints}
            onNew={() => void store.getState().loadRandom('medium')}
            onNext={next}
          />
        )}
      </GameProvider>
    </StrictMode>,
  );
  return {
    store,
    unmount() {
      root.unmount();
      store.getState().dispose();
      solver.dispose();
      host.remove();
    },
  };
}
