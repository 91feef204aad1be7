/**
 * A small language for UI tests: render a game (or the app) with a fake solver, then
 * clickPosition(n), pressHint(), press(name), key(k), and read moves(), par(), hole(), hinted(),
 * expectSolved(). Every store made here is disposed after the test.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect } from 'vitest';
import type { Board } from '../../src/engine';
import type { StorageLike } from '../../src/store';
import { App } from '../../src/ui/app/App';
import type { GameProps } from '../../src/ui/Game';
import { Game } from '../../src/ui/Game';
import { SettingsPanel } from '../../src/ui/SettingsPanel';
import { GameProvider } from '../../src/ui/GameContext';
import type { FakeSolver } from './fakeSolver';
import { makeStore } from './store';

// Runs before the stores are disposed (makeStore's own afterEach, registered first, runs last).
afterEach(cleanup);

/** Lets pending solver answers and React updates land. */
export async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}

export interface RenderOptions {
  readonly board?: Board;
  readonly solver?: FakeSolver;
  readonly storage?: StorageLike | null;
  readonly props?: GameProps;
  readonly app?: boolean;
  readonly level?: number;
  /** The app opens its first-run guide unless the player has seen it: tests of other things say they have. */
  readonly guideSeen?: boolean;
}

export async function renderGame(options: RenderOptions = {}) {
  const { store, solver } = makeStore({ solver: options.solver, board: options.board, storage: options.storage });
  if (options.level !== undefined) store.getState().loadLevel(options.level);
  if (options.guideSeen ?? true) store.getState().updateSettings({ guideSeen: true });
  const user = userEvent.setup();
  // What the app loads after its first board (the router, the saved data): loaded here first, so
  // that it is in place when the test begins.
  if (options.app) {
    // A fresh history entry: the app's router reads the view saved with it.
    history.replaceState(null, '', location.pathname);
    await import('../../src/ui/app/later');
  }
  const view = render(
    <GameProvider store={store}>{options.app ? <App /> : <Game settings={SettingsPanel} {...options.props} />}</GameProvider>,
  );
  await settle();
  // The app's later parts start in the task after their chunk's (ui/app/useLater.ts).
  if (options.app) await settle();

  const position = (n: number): SVGGElement => {
    const el = view.container.querySelector<SVGGElement>(`[data-pos="${n}"]`);
    if (!el) throw new Error(`no position ${n}`);
    return el;
  };
  const game = {
    store,
    solver,
    user,
    view,
    state: () => store.getState(),
    position,
    async clickPosition(n: number) {
      await user.click(position(n));
      await settle();
    },
    async press(name: string | RegExp) {
      await user.click(screen.getByRole('button', { name }));
      await settle();
    },
    async pressHint() {
      await game.press('Hint');
    },
    async key(keys: string) {
      await user.keyboard(keys);
      await settle();
    },
    moves: () => Number(screen.getByTestId('moves').textContent),
    par: () => screen.getByTestId('par').textContent,
    hole: () => Number(view.container.querySelector('[data-hole="true"]')?.getAttribute('data-pos')),
    hinted: () => [...view.container.querySelectorAll('[data-hint="true"]')].map((el) => Number(el.getAttribute('data-pos'))),
    /** The message shown, once its words (loaded with the first notice) have come. */
    message: async () => (await screen.findByTestId('message')).textContent ?? '',
    /** The win panel, which fills its place after the winning move's paint: waited for. */
    async expectSolved() {
      expect(await screen.findByTestId('win')).toBeInTheDocument();
    },
  };
  return game;
}
