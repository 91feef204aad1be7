/**
 * The app with leaderboards for component tests: a game store with a fake solver, its online
 * controller on the in-memory server, and the app rendered as the app's shell renders it (the
 * controller handed over through the context). Also a way to put other players on a leaderboard.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach } from 'vitest';
import type { Board } from '../../src/engine';
import type { GameSource } from '../../src/online/protocol';
import { solve } from '../../src/solver';
import type { StorageLike } from '../../src/store';
import { App } from '../../src/ui/app/App';
import { GameProvider } from '../../src/ui/GameContext';
import { OnlineContext } from '../../src/ui/online/context';
import type { FakeOnline } from './fakeOnline';
import { makeOnline, win } from './online';
import { makeStore } from './store';

afterEach(cleanup);

export async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}

export interface OnlineAppOptions {
  readonly level?: number;
  readonly board?: Board;
  readonly server?: FakeOnline;
  readonly storage?: StorageLike | null;
  /** False renders the app without leaderboards (no controller handed over). */
  readonly online?: boolean;
}

export async function renderOnlineApp(options: OnlineAppOptions = {}) {
  const { store } = makeStore({ board: options.board });
  if (options.level !== undefined) store.getState().loadLevel(options.level);
  // A player who has played before: no first-run guide over the game (tests/ui/guide.test.tsx has it).
  store.getState().updateSettings({ guideSeen: true });
  const setup = makeOnline(store, { server: options.server, storage: options.storage ?? null });
  const user = userEvent.setup();
  // A fresh history entry (the app's router reads the view saved with it), and what the app loads
  // after its first board loaded first, so that it is in place when the test begins.
  history.replaceState(null, '', location.pathname);
  await import('../../src/ui/app/later');
  const app = <App />;
  const view = render(
    <GameProvider store={store}>
      {options.online === false ? app : <OnlineContext value={Promise.resolve(setup.online)}>{app}</OnlineContext>}
    </GameProvider>,
  );
  await settle();
  return {
    ...setup,
    store,
    user,
    view,
    /** Wins the board being played by the player's own moves; the win panel (and any offer in it) is then on show. */
    async win() {
      await act(() => win(store));
      await screen.findByTestId('win');
      await settle();
    },
    async press(name: string | RegExp) {
      await user.click(screen.getByRole('button', { name }));
      await settle();
    },
    /**
     * Opens a view of the app's navigation. Clicked inside an awaited act: the leaderboard
     * screens suspend until their controller is there, and React retries a suspended render
     * only in an act that is awaited (user-event's own act is not).
     */
    async openView(name: string) {
      const button = screen.getByRole('button', { name });
      await act(async () => button.click());
      await settle();
    },
  };
}

let others = 0;

/** Puts another player on `source`'s leaderboard: a game at par, `extra` moves over it (there and back), `ms` long. */
export async function seed(server: FakeOnline, source: GameSource, name: string, options: { extra?: number; ms?: number } = {}) {
  const started = await server.startGame(source);
  if (!started.ok) throw new Error(`cannot start ${JSON.stringify(source)}: ${started.error.message}`);
  const board = { plates: started.value.plates, pebbles: started.value.pebbles };
  const line = solve(board).line;
  const hole = board.pebbles.indexOf('-');
  const detour: number[] = [];
  for (let i = 0; i < (options.extra ?? 0); i += 2) detour.push(line[0]!, hole);
  server.tick(options.ms ?? 60_000);
  const player = `other-player-${++others}`.padEnd(43, 'o');
  const finished = await server.finishGame(started.value.game, { moves: [...detour, ...line], player, name });
  if (!finished.ok) throw new Error(`cannot finish for ${name}: ${finished.error.message}`);
}
