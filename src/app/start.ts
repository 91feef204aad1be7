/**
 * How the app opens: on the board, level or daily board its link asked for, and otherwise on the
 * first level the player has not solved yet (a level that does not exist says so, and the app
 * opens on that first level instead). App policy only; the embed shows what its page asks for.
 */
import type { GameStore } from '../store';
import { firstUnsolvedLevel } from '../store';

/** What the app was asked to open (mount's options). */
export interface Opening {
  readonly board?: unknown;
  readonly daily?: unknown;
}

/** Moves a freshly mounted app store onto a level when it was asked for no board of its own. */
export function openOnLevel(store: GameStore, asked: Opening): void {
  const { game, session, progress } = store.getState();
  if (asked.board || asked.daily || game.source.kind === 'level') return;
  // Keep the refusal (a level that does not exist) in view after the fallback.
  const refusal = session.notice;
  store.getState().loadLevel(firstUnsolvedLevel(progress.stats));
  if (refusal) store.getState().notify(refusal);
}
