/**
 * Online controllers for tests: a game store (support/store.ts) with a leaderboard controller on
 * the in-memory fake server, secrets counted as they are made. Every controller made here is
 * disposed after the test; helpers win the game being played by the player's own moves.
 */
import { afterEach } from 'vitest';
import { solve } from '../../src/solver';
import type { GameStore, StorageLike } from '../../src/store';
import { createOnlineController } from '../../src/store/online';
import type { OnlineController } from '../../src/store/online';
import { fakeOnline } from './fakeOnline';
import type { FakeOnline } from './fakeOnline';

const live: OnlineController[] = [];
afterEach(() => {
  for (const controller of live.splice(0)) controller.dispose();
});

export interface OnlineSetup {
  readonly server?: FakeOnline;
  readonly storage?: StorageLike | null;
  readonly sameOrigin?: boolean;
}

export function makeOnline(game: GameStore, setup: OnlineSetup = {}) {
  const server = setup.server ?? fakeOnline();
  let secrets = 0;
  const online = createOnlineController({
    game,
    client: server,
    storage: setup.storage ?? null,
    newSecret: () => `secret-of-player-${++secrets}`.padEnd(43, 'x'),
    sameOrigin: setup.sameOrigin ?? true,
  });
  live.push(online);
  return { online, server, state: () => online.state.getState(), secretsMade: () => secrets };
}

/** Lets pending answers land. */
export const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

/** Plays the start board's shortest solution, the player's own moves. */
export async function win(game: GameStore): Promise<void> {
  for (const move of solve(game.getState().game.start).line) game.getState().moveFrom(move);
  await settle();
  if (!game.getState().game.result) throw new Error('the game was not won');
}
