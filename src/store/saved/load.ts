/**
 * The saved data's reader for a store, loaded after the first board (the app loads it; an
 * embedded board never needs it): reads and repairs everything saved once per store, puts the
 * stats in `progress.stats`, tells the player in one message what damaged data was lost, and
 * keeps the stats in step with this store's wins and other tabs' saves. Also what the app
 * reopens when its address names no board. No UI imports.
 */
import type { Board } from '../../engine';
import { parseBoard } from '../../engine';
import type { GameStore } from '../createGameStore';
import { restoreGame } from '../resume';
import { contextOf, showing } from '../context';
import { firstUnsolvedLevel } from '../boards';
import type { Notice } from '../notices';
import { emptyStats } from '../stats';
import type { Stats } from '../stats';
import type { StorageLike, Vault } from '../storage';
import { FINISHED_KEY, LAST_KEY, LEGACY_KEY, ROOT_KEY, SAVE_VERSION, boardId, createVault, gameKey, isRecord, versionOf } from '../storage';
import { latestSettings } from '../settings';
import type { BoardSource, GameRecord, GameResult } from '../types';
import { addGame, statsOf } from './derive';
import { addLost, nothingLost, readBase, readFinished, readJson } from './read';
import { finishedGame } from '../win';
import { repairSaved } from './repair';
import * as schema from './schema';
import type { StorageWatch } from './tabs';
import { adoptSettings, followOtherTabs } from './tabs';

export type { StorageWatch };

const loaded = new WeakSet<GameStore>();

/** The stats as saved now, read without writing (another tab changed them). */
function statsNow(vault: Vault): Stats {
  const json = (key: string) => readJson(vault.text(key) ?? 'null')?.value;
  const root = json(ROOT_KEY);
  const log = json(FINISHED_KEY);
  const base = versionOf(root) === SAVE_VERSION ? readBase((root as { base?: unknown }).base).stats : emptyStats();
  return statsOf(base, versionOf(log) === SAVE_VERSION ? readFinished(log).games : []);
}

/**
 * Reads (once per store) what is saved into the store's stats, and keeps them up to date with
 * this store's wins and, through `watch`, other tabs' saves. Returns how to stop following them.
 */
export function loadSaved(store: GameStore, watch?: StorageWatch): () => void {
  const ctx = contextOf(store);
  const { vault } = ctx;
  /** `stats` with the game `won` (with its `result`) counted in them. */
  const withWin = (stats: Stats, won: GameRecord, result: GameResult): Stats =>
    addGame(stats, finishedGame(won, result, store.getState().today()));
  // A win (`won`, the game won) that could not be saved: these stats, this visit's own, with it.
  const withUnsaved = (stats: Stats, won: GameRecord | null): Stats | null =>
    won?.result && (!vault.storage || vault.readOnly || vault.failure) ? withWin(stats, won, won.result) : null;
  // The stats as saved, or this visit's with a win that could not be saved.
  const refresh = (won: GameRecord | null): void => {
    const { progress } = ctx.get();
    ctx.update({ progress: { stats: (progress.stats && withUnsaved(progress.stats, won)) ?? statsNow(vault) } });
  };
  const stopTabs = watch
    ? followOtherTabs(ctx, watch, (key) => {
        if (!vault.readOnly && (key === null || key === ROOT_KEY || key === FINISHED_KEY)) refresh(null);
      })
    : () => undefined;
  if (loaded.has(store)) return stopTabs;
  loaded.add(store);
  const data = vault.readOnly ? null : repairSaved(vault);
  // Settings version 1 kept are the player's once migrated.
  if (data) adoptSettings(ctx);
  const saved = data ? statsOf(data.base, data.games) : emptyStats();
  // A win made before this reader started (the app starts it after the board) that could not
  // be saved is in no saved data: this visit's stats count it all the same. A won game reopened
  // from the saved data, or saved after all, is in its log already.
  const early = store.getState().game;
  const stats =
    early.recorded && early.result && !data?.games.some((game) => game.id === early.id) ? withWin(saved, early, early.result) : saved;
  ctx.update((s) => {
    const notices: Notice[] = [];
    const shown = s.session.notice;
    // One message for all that was lost: what the board's own start found, and what this found.
    if (data && !nothingLost(data.lost)) {
      const before = shown?.kind === 'saved-data-damaged' ? shown.lost : {};
      notices.push({ kind: 'saved-data-damaged', lost: addLost(before, data.lost) });
    }
    if (data?.newer && shown?.kind !== 'saved-data-newer') notices.push({ kind: 'saved-data-newer' });
    return { progress: { stats }, ...(notices[0] && { session: showing(s.session, notices[0]) }) };
  });
  // Each game this store wins (recorded once) joins the stats, once the win is on screen.
  const stopWins = store.subscribe((state, before) => {
    if (state.game.recorded && !before.game.recorded) ctx.afterPaint(() => refresh(state.game));
  });
  return () => {
    stopTabs();
    stopWins();
  };
}

/** Resets the stats: the finished-games log and the root's stats go; settings and games in progress stay. */
export function resetStats(store: GameStore): void {
  const ctx = contextOf(store);
  const settings = latestSettings(ctx.vault, ctx.get().progress.settings);
  ctx.vault.write(ROOT_KEY, { version: SAVE_VERSION, settings });
  ctx.vault.remove(FINISHED_KEY);
  ctx.vault.remove(LEGACY_KEY);
  ctx.update({ progress: { stats: emptyStats() } });
}

/** Keeps `tripebble:last` naming the board the app plays; returns how to stop. */
export function rememberBoard(store: GameStore): () => void {
  const { vault } = contextOf(store);
  const write = (): void => void vault.write(LAST_KEY, { version: SAVE_VERSION, board: boardId(store.getState().game.start) });
  write();
  return store.subscribe((state, before) => {
    if (state.game.start !== before.game.start) write();
  });
}

/** What the app opens when its address names no board: the last board's game if unfinished, else the first unsolved level. */
export function openingOf(storage: StorageLike | null): { board: Board; source: BoardSource } | { level: number } {
  const vault = createVault(storage, () => undefined);
  const newer = (versionOf(vault.read(ROOT_KEY)) ?? 0) > SAVE_VERSION;
  const last = vault.read(LAST_KEY);
  const [plates = '', pebbles = ''] = String(isRecord(last) ? last.board : '').split('/');
  const board = parseBoard(plates, pebbles);
  const saved = board.ok && !newer ? vault.read(gameKey(board.value)) : null;
  const game = board.ok ? restoreGame(saved, board.value, { kind: 'custom' }) : null;
  if (board.ok && typeof game === 'object' && game && !game.game.recorded) {
    const source = schema.source.safeParse((saved as { source?: unknown }).source);
    return { board: board.value, source: source.success ? source.data : { kind: 'custom' } };
  }
  return { level: firstUnsolvedLevel(newer ? emptyStats() : statsNow(vault)) };
}
