/**
 * Other tabs: when one saves the game of the board this store plays, this store takes that game
 * over (the last writer wins per board, and every tab ends up showing it); when one saves new
 * settings, they apply here too. The storage event reaches the store through an injected
 * watcher, so the store stays DOM-free. Loaded with store/saved by the app; an embedded board
 * resumes its game on load but does not follow other tabs live (its first load has no room).
 * Must not import UI code or solver runtime code.
 */
import { askCurrent } from '../answers';
import type { StoreContext } from '../context';
import { restoreGame } from '../resume';
import { latestSettings } from '../settings';
import { ROOT_KEY, gameKey } from '../storage';
import type { GameRecord } from '../types';
import { finishIfSolved } from '../win';

/** Tells when another tab changed the storage (the key, or null when it was cleared); returns how to stop. */
export type StorageWatch = (onChange: (key: string | null) => void) => () => void;

/** Same game, same moves and help: what another tab wrote is what this one shows. */
export function sameGame(a: GameRecord, b: GameRecord): boolean {
  const facts = (g: GameRecord): string => JSON.stringify([g.id, g.past, g.future, g.hintsUsed, g.hinted, g.solutionShown, g.recorded]);
  return facts(a) === facts(b);
}

/** Takes over the game another tab saved for this board, unless it is the one shown already. */
function adoptGame(ctx: StoreContext): void {
  const { game } = ctx.get();
  const restored = restoreGame(ctx.vault.read(gameKey(game.start)), game.start, game.source);
  if (restored === null || typeof restored === 'string' || sameGame(restored.game, game)) return;
  ctx.jobs.cancel('timer');
  ctx.update((s) => ({
    game: restored.game,
    answers: { analysis: ctx.jobs.known(restored.game.board) ?? null, waiting: null, coach: null },
    session: { hintStage: 0, hintMove: null, animation: null, playing: false },
    progress: { settings: { ...s.progress.settings, coach: ctx.help && restored.coach } },
  }));
  finishIfSolved(ctx);
  void askCurrent(ctx);
}

/** Palette and help settings saved by another tab, or migrated (the coach stays the game's own). */
export function adoptSettings(ctx: StoreContext): void {
  const current = ctx.get().progress.settings;
  const { palette, showAll } = latestSettings(ctx.vault, current);
  if (palette !== current.palette || showAll !== current.showAll) {
    ctx.update({ progress: { settings: { ...current, palette, showAll: ctx.help && showAll } } });
  }
}

/** Follows what other tabs save (`also` hears every change too); returns how to stop. */
export function followOtherTabs(ctx: StoreContext, watch: StorageWatch, also: (key: string | null) => void): () => void {
  return watch((key) => {
    if (key === null || key === ROOT_KEY) adoptSettings(ctx);
    if (key === null || key === gameKey(ctx.get().game.start)) adoptGame(ctx);
    also(key);
  });
}
