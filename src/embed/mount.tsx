/**
 * Puts a game on a page: mount(target, options) renders one board (or, with `app`, the full app)
 * into an element or shadow root, with its own store, styles adopted on that root, and a solver
 * client whose worker starts and warms up at once. Imports no solver runtime code.
 */
import { StrictMode } from 'react';
import type { ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import type { Board } from '../engine';
import { describeBoardError, parseBoard } from '../engine';
import { createGameStore, firstUnsolvedLevel } from '../store';
import type { GameEvent, GameStore, StorageLike } from '../store';
import type { Control } from '../ui/Controls';
import { Game } from '../ui/Game';
import { GameProvider } from '../ui/GameContext';
import { adoptCss } from '../ui/styles';
import gameCss from '../ui/game.css?inline';
import type { SolverClient } from '../worker/client';
import { createSolverClient } from '../worker/client';

export type { GameEvent } from '../store';

export interface MountOptions {
  readonly board?: Board;
  readonly level?: number;
  /** True for today's daily board, or a 'YYYY-MM-DD' day for that day's. */
  readonly daily?: boolean | string;
  readonly hints?: boolean;
  readonly controls?: readonly Control[];
  /** Starts the solver worker (the app and embed.js each pass theirs); unused when `solver` is given. */
  readonly createWorker?: () => Worker;
  readonly solver?: SolverClient;
  readonly onEvent?: (event: GameEvent) => void;
  /** The full app (menus, levels, daily board, editor, stats, share links), once registerAppShell has run. */
  readonly app?: boolean;
  /** A message to show at the start, such as why a shared link could not be opened. */
  readonly notice?: string;
  /** The board's accessible name (several boards on one page need different ones). */
  readonly label?: string;
  /** Where progress is saved; localStorage when left out, null for nowhere. */
  readonly storage?: StorageLike | null;
}

export interface MountedGame {
  readonly store: GameStore;
  unmount(): void;
}

/** The full app's shell, registered by the app entry so that embed builds never carry it. */
let appShell: ComponentType | null = null;

export function registerAppShell(component: ComponentType): void {
  appShell = component;
}

function localStorageOrNull(): StorageLike | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Renders a game into `target`. @throws Error with a readable message for an invalid board. */
export function mount(target: HTMLElement | ShadowRoot, options: MountOptions = {}): MountedGame {
  if (options.board) {
    const parsed = parseBoard(options.board.plates, options.board.pebbles);
    if (!parsed.ok) throw new Error(`invalid board: ${describeBoardError(parsed.error)}`);
  }
  const host = document.createElement('div');
  host.className = options.app ? 'tp-root tp-app-root' : 'tp-root';
  target.appendChild(host);
  const Shell = options.app ? appShell : null;
  adoptCss(host, gameCss);

  const solver = options.solver ?? createSolverClient({ createWorker: options.createWorker });
  solver.warmUp().catch(() => undefined);
  const store = createGameStore({
    solver,
    storage: options.storage === undefined ? localStorageOrNull() : options.storage,
    board: options.board,
    help: options.hints,
    onEvent: options.onEvent,
  });
  const game = store.getState();
  if (options.level !== undefined) game.loadLevel(options.level);
  else if (options.daily) void game.loadDaily(options.daily === true ? undefined : options.daily);
  if (options.app && !options.board && !options.daily && store.getState().source.kind !== 'level') {
    const refusal = store.getState().message;
    game.loadLevel(firstUnsolvedLevel(game.stats));
    if (refusal) game.say(refusal.text, refusal.tone);
  }
  if (options.notice) game.say(options.notice, 'warning');

  const root = createRoot(host);
  const next = (): void => void store.getState().loadNext();
  root.render(
    <StrictMode>
      <GameProvider store={store} solver={solver}>
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
      if (!options.solver) solver.dispose();
      host.remove();
    },
  };
}
