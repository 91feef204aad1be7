/**
 * The app's shell with leaderboards: the app, given a promise of the leaderboard controller for
 * its game store. The controller (with the API client) loads after the board is on screen, once
 * per store, in short tasks, and resolves to null when its code cannot be loaded, so the game
 * plays on without.
 */
import type { GameStore } from '../store';
import type { OnlineController } from '../store/online';
import { App } from '../ui/app/App';
import { useGameStore } from '../ui/GameContext';
import { OnlineContext } from '../ui/online/context';
import { nextTask } from '../ui/afterPaint';
import '../ui/online/online.css';

const connections = new WeakMap<GameStore, Promise<OnlineController | null>>();

/** The leaderboard controller of `store`, loaded and started on the first call. */
export function onlineOf(store: GameStore): Promise<OnlineController | null> {
  let online = connections.get(store);
  if (!online) {
    // Two tasks, not one long one: the code's evaluation (the protocol's schemas with it), then
    // the controller's start.
    online = import('./online').then(
      async (m) => {
        await nextTask();
        return m.connectOnline(store);
      },
      () => null,
    );
    connections.set(store, online);
  }
  return online;
}

export function OnlineApp() {
  return (
    <OnlineContext value={onlineOf(useGameStore())}>
      <App />
    </OnlineContext>
  );
}
