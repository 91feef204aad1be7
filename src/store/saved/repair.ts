/**
 * Reads everything saved, entry by entry, and puts it right: version 1 migrated, damaged
 * entries dropped (and counted), certain repairs written back, an over-long log folded into
 * the base, old finished games' saves pruned. Text that is no JSON at all is kept aside under
 * `tripebble:damaged:<key>` before its key starts afresh; data of a newer version is never
 * written (the vault turns read-only). Loaded with store/saved. No UI imports.
 */
import { parseBoard } from '../../engine';
import type { FinishedGame } from '../finished';
import type { LostParts } from '../notices';
import { restoreGame } from '../resume';
import type { Stats } from '../stats';
import { emptyStats } from '../stats';
import type { Vault } from '../storage';
import { FINISHED_KEY, GAME_PREFIX, LEGACY_KEY, ROOT_KEY, SAVE_VERSION, isRecord, versionOf } from '../storage';
import type { BoardSource } from '../types';
import { trimLog } from './derive';
import type { Root } from './migrate';
import { migrateV1 } from './migrate';
import { addLost, nothingLost, readBase, readFinished, readJson, readSettings, savedBase } from './read';
import * as schema from './schema';

/** What was saved, read and put right. */
export interface SavedData {
  readonly base: Stats;
  readonly games: readonly FinishedGame[];
  readonly lost: LostParts;
  /** Version 1's key holds data of a newer version (left alone). */
  readonly newer: boolean;
}

/** Unreadable text is kept aside (when not huge) rather than written over. */
function keepAside(vault: Vault, key: string, text: string): void {
  if (text.length < 200_000) vault.write(`tripebble:damaged:${key}`, text);
}

/**
 * The JSON object under `key`: the value (`repaired` when a certain repair was made), null
 * (nothing saved), `newer`, or `damaged` (no JSON object at all: kept aside). A version that
 * is missing or garbled is the key's own `version` (only that version writes that key), and
 * so repaired.
 */
function readKey(
  vault: Vault,
  key: string,
  version: number,
): { value: Record<string, unknown>; repaired: boolean } | null | 'newer' | 'damaged' {
  const text = vault.text(key);
  if (text === null) return null;
  const json = readJson(text);
  const found = versionOf(json?.value);
  if (found !== null && found > version) return 'newer';
  if (json && isRecord(json.value)) return { value: json.value, repaired: json.repaired || found !== version };
  keepAside(vault, key, text);
  return 'damaged';
}

function readRoot(vault: Vault): { root: Root | null; lost: LostParts; changed: boolean } {
  const read = readKey(vault, ROOT_KEY, SAVE_VERSION);
  if (read === null || read === 'newer') return { root: null, lost: {}, changed: false };
  if (read === 'damaged') return { root: { version: SAVE_VERSION }, lost: { settings: true, totals: true }, changed: true };
  const data = read.value;
  const { settings, lost: settingsLost } = readSettings(data);
  const base = data.base === undefined ? null : readBase(data.base);
  const lost = addLost(settingsLost, base?.lost ?? {});
  const root: Root = { version: SAVE_VERSION, ...(settings && { settings }), ...(base && { base: savedBase(base.stats) }) };
  return { root, lost, changed: read.repaired || !nothingLost(lost) };
}

/** The root, with version 1 migrated into it when it has no stats yet. */
function rootAndLegacy(vault: Vault): { base: Stats; lost: LostParts; newer: boolean } {
  let { root, lost, changed } = readRoot(vault);
  let newer = false;
  let migrated = false;
  if (!root?.base) {
    const legacy = readKey(vault, LEGACY_KEY, 1);
    newer = legacy === 'newer';
    if (legacy === 'damaged') lost = addLost(lost, { settings: true, totals: true });
    if (legacy !== null && typeof legacy === 'object') {
      const v1 = migrateV1(legacy.value);
      // Settings saved by version 2 since are newer than version 1's.
      root = { ...v1.root, ...(root?.settings && { settings: root.settings }) };
      lost = addLost(lost, v1.lost);
      changed = migrated = true;
    }
    if (legacy === 'damaged') {
      // Kept aside by readKey: the key itself can go.
      root ??= { version: SAVE_VERSION };
      changed = migrated = true;
    }
  }
  if (root && changed && vault.write(ROOT_KEY, root) && migrated) vault.remove(LEGACY_KEY);
  return { base: root?.base ? { ...root.base, lastWins: {} } : emptyStats(), lost, newer };
}

/** The finished-games log, checked; an over-long one folded into `base` (both written back). */
function readLog(vault: Vault, base: Stats): { base: Stats; games: readonly FinishedGame[]; lost: LostParts } {
  const read = readKey(vault, FINISHED_KEY, SAVE_VERSION);
  // A newer log: this visit saves nothing (the board says why when it wins).
  if (read === 'newer') vault.readOnly = true;
  if (read === null || read === 'newer') return { base, games: [], lost: {} };
  const { games, lost } = read === 'damaged' ? { games: [], lost: { finished: 1 } } : readFinished(read.value);
  const trimmed = trimLog(base, games);
  const changed = read === 'damaged' || read.repaired || !nothingLost(lost) || trimmed.games.length < games.length;
  if (changed && vault.write(FINISHED_KEY, { version: SAVE_VERSION, games: trimmed.games }) && trimmed.base !== base) {
    const root = vault.read(ROOT_KEY);
    vault.write(ROOT_KEY, { ...(isRecord(root) ? root : { version: SAVE_VERSION }), base: savedBase(trimmed.base) });
  }
  return { ...trimmed, lost };
}

/** A saved game as the app may reopen it. */
export interface SavedGameInfo {
  readonly key: string;
  readonly board: { readonly plates: string; readonly pebbles: string };
  readonly source: BoardSource;
  readonly recorded: boolean;
}

/** Finished games' saves kept for showing their win again (Back, a reload); the others are removed. */
const FINISHED_SAVES = 20;

/** Every saved game that can be played; damaged saves are dropped (and counted), old finished ones pruned. */
export function scanGames(vault: Vault, prune: boolean): { games: SavedGameInfo[]; lost: number } {
  const storage = vault.storage;
  const keys: string[] = [];
  try {
    for (let i = 0; i < (storage?.length ?? 0); i++) {
      const key = storage?.key?.(i);
      if (key?.startsWith(GAME_PREFIX)) keys.push(key);
    }
  } catch {
    return { games: [], lost: 0 };
  }
  const games: SavedGameInfo[] = [];
  let lost = 0;
  for (const key of keys) {
    const [plates = '', pebbles = ''] = key.slice(GAME_PREFIX.length).split('/');
    const board = parseBoard(plates, pebbles);
    const data = vault.read(key);
    const restored = board.ok ? restoreGame(data, board.value, { kind: 'custom' }) : 'damaged';
    if (restored === 'newer' || restored === null) continue;
    if (restored === 'damaged' || !board.ok) {
      if (prune) vault.remove(key);
      lost++;
      continue;
    }
    const source = schema.source.safeParse((data as Record<string, unknown>).source);
    games.push({ key, board: board.value, source: source.success ? source.data : { kind: 'custom' }, recorded: restored.game.recorded });
  }
  if (prune) for (const old of games.filter((g) => g.recorded).slice(FINISHED_SAVES)) vault.remove(old.key);
  return { games, lost };
}

/** Reads, migrates and repairs everything saved (nothing is written while the vault is read-only). */
export function repairSaved(vault: Vault): SavedData {
  const root = rootAndLegacy(vault);
  const log = readLog(vault, root.base);
  const scanned = scanGames(vault, true);
  const lost = addLost(addLost(root.lost, log.lost), scanned.lost > 0 ? { games: scanned.lost } : {});
  return { base: log.base, games: log.games, lost, newer: root.newer };
}
