/**
 * Puts a game on a page: mount(target, options) renders one board (or, with a shell, the full
 * app) into an element or shadow root, with its own store, the styles its entry passes adopted on
 * that root, a theme, and the solver client its entry connects, warmed up at once. Markup that
 * the build prerendered for exactly this state is hydrated instead of drawn again. The store's
 * events reach the host worded by ui/messages. Imports neither solver runtime code nor the
 * solver client's module.
 */
import type { ComponentType, ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Board } from '../engine';
import { parseBoard } from '../engine';
import { createGameStore } from '../store';
import type { BoardSource, GameEvent, GameStore, Notice, StorageLike } from '../store';
import { afterPaint } from '../ui/afterPaint';
import { Game } from '../ui/Game';
import { GameProvider } from '../ui/GameContext';
import { boardErrorText, solverFailureText } from '../ui/messages';
import type { Control, ThemeName } from '../ui/options';
import type { SettingsPanelProps } from '../ui/SettingsPanel';
import type { SolverClient } from '../worker/client';

/** Light or dark colours, or the system's (the `data-theme` of the game's root element). */
export type { ThemeName } from '../ui/options';

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
  /** The colours: `auto` (the default) follows the system's light or dark preference. */
  readonly theme?: ThemeName;
  /**
   * The panel the lone game's Settings button opens; without it the game has no such button. The
   * embed passes it; the app has its own settings view (and keeps the panel out of its first load).
   */
  readonly settings?: ComponentType<SettingsPanelProps>;
  /**
   * The element to render in, instead of a new one in `target` (the root the build prerendered),
   * and how to render there: the app hydrates markup that shows the very state the store opens
   * with (src/app/firstPaint.ts). Without it, React draws into a new element.
   */
  readonly prerendered?: {
    readonly root: HTMLElement;
    readonly render: (root: HTMLElement, tree: ReactNode, store: GameStore) => { unmount(): void };
  };
}

export interface MountedGame {
  readonly store: GameStore;
  /** Switches light, dark or the system's colours, without drawing the game again. */
  setTheme(theme: ThemeName): void;
  unmount(): void;
}

/** What mount renders for a store: the shell (the full app) or the lone game, with its options. */
export function gameTree(store: GameStore, options: Pick<MountOptions, 'shell' | 'label' | 'controls' | 'hints' | 'settings'>): ReactNode {
  const Shell = options.shell;
  return (
    <GameProvider store={store}>
      {Shell ? (
        <Shell />
      ) : (
        <Game
          label={options.label}
          controls={options.controls}
          hints={options.hints}
          settings={options.settings}
          onNew={() => void store.getState().loadRandom('medium')}
          onNext={() => void store.getState().loadNext()}
        />
      )}
    </GameProvider>
  );
}

/** The class of the game's root element: `tp-root`, and `tp-app-root` around the full app. */
export const rootClass = (app: boolean): string => (app ? 'tp-root tp-app-root' : 'tp-root');

/** The page's localStorage, or null where it is missing or blocked. */
export function browserStorage(): StorageLike | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function drawAfresh(host: HTMLElement, tree: ReactNode): { unmount(): void } {
  const root = createRoot(host);
  root.render(tree);
  return root;
}

/** Renders a game into `target`. @throws Error with a readable message for an invalid board. */
export function mount(target: HTMLElement | ShadowRoot, options: MountOptions): MountedGame {
  if (options.board) {
    const parsed = parseBoard(options.board.plates, options.board.pebbles);
    if (!parsed.ok) throw new Error(`invalid board: ${boardErrorText(parsed.error)}`);
  }
  const host = options.prerendered?.root ?? target.appendChild(document.createElement('div'));
  host.className = rootClass(options.shell !== undefined);
  host.dataset.theme = options.theme ?? 'auto';

  const solver = options.connect();
  solver.warmUp().catch(() => undefined);
  const store = createGameStore({
    solver,
    storage: options.storage === undefined ? browserStorage() : options.storage,
    board: options.board,
    source: options.source,
    help: options.hints,
    onEvent: options.onEvent && ((event) => options.onEvent?.(forHost(event))),
    afterPaint,
  });
  const game = store.getState();
  // The page (or the app's address) names the board: its saved game goes on as it was.
  if (options.level !== undefined) game.loadLevel(options.level, 'return');
  else if (options.daily) void game.loadDaily(options.daily === true ? undefined : options.daily, 'return');
  if (options.notice) game.notify(options.notice);

  const root = (options.prerendered?.render ?? drawAfresh)(host, gameTree(store, options), store);
  return {
    store,
    setTheme(theme) {
      host.dataset.theme = theme;
    },
    unmount() {
      root.unmount();
      store.getState().dispose();
      solver.dispose();
      host.remove();
    },
  };
}
