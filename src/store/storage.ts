/**
 * Where the game's saved data lives (schema version 2) and the one safe way to touch it: keys,
 * reads that never throw, writes that say whether they worked, and the read-only mode kept
 * while the saved data is of a newer version than this code knows. First-load code, so it is
 * kept tiny: checking entries in depth is store/saved (loaded later). No UI imports, no DOM.
 *
 * Keys: `tripebble` (settings and the stats of games no longer in the log), `tripebble:finished`
 * (the finished-games log), `tripebble:game:<plates>/<pebbles>` (a board's game in progress),
 * `tripebble:last` (the board played last), and the version-1 key `tripebble:v1`, read once to
 * migrate it.
 */
import type { Board } from '../engine';

/** The part of the Web Storage API the game uses (localStorage fits). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** For listing the saved games (store/saved prunes old ones); optional for small fakes. */
  readonly length?: number;
  key?(index: number): string | null;
}

export const SAVE_VERSION = 2;
export const ROOT_KEY = 'tripebble';
export const FINISHED_KEY = 'tripebble:finished';
export const GAME_PREFIX = 'tripebble:game:';
/** Version 1 kept everything under this key; it is migrated, then removed. */
export const LEGACY_KEY = 'tripebble:v1';
/**
 * The board played last, as `{ "version": 2, "board": "plates/pebbles" }` (store/saved remembers
 * it, and the app opens on it when its address names no board and the game is unfinished).
 */
export const LAST_KEY = 'tripebble:last';

/** The id a board is saved (and its solver answers cached) under: `plates/pebbles`. */
export function boardId(board: Board): string {
  return `${board.plates}/${board.pebbles}`;
}

export const gameKey = (board: Board): string => GAME_PREFIX + boardId(board);

/**
 * Why something could not be saved: storage blocked or full, the saved data of a newer version
 * (left alone), or damaged where it had to be added to (left for store/saved to repair).
 */
export type SaveFailure = 'blocked' | 'full' | 'newer' | 'damaged';

/** Read as JSON: the value, `null` when absent, or `DAMAGED` when it is no JSON at all. */
export const DAMAGED = Symbol('damaged');

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) < 1e7;

/** A saved value's version: a number, or null when it names none. */
export const versionOf = (v: unknown): number | null => (isRecord(v) && typeof v.version === 'number' ? v.version : null);

/** JSON text as data; a leading byte-order mark is dropped (trim() counts it as white space). */
export function parseSaved(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text.trim()) as unknown;
  } catch {
    return DAMAGED;
  }
}

/**
 * Saved data through one door: a storage that throws (blocked, full) never breaks the game,
 * and the first failure is reported once (`onFail`). Once any saved data of a newer version
 * is found, `readOnly`: this visit writes nothing, so the newer data is never overwritten.
 */
export interface Vault {
  readonly storage: StorageLike | null;
  /** Newer data was found: nothing is written or removed (set by whoever finds it). */
  readOnly: boolean;
  /** The first failure, once one happened. */
  failure: SaveFailure | null;
  read(key: string): unknown;
  text(key: string): string | null;
  /** Writes `value` as JSON; false when it could not be saved. */
  write(key: string, value: unknown): boolean;
  remove(key: string): void;
}

export function createVault(storage: StorageLike | null, onFail: (failure: SaveFailure) => void): Vault {
  /**
   * Runs a storage call; a throw becomes `fallback`, and the first failure is reported. A write
   * that throws means a full storage: a blocked one has refused to be read already.
   */
  function attempt<T>(call: () => T, fallback: T, failure: SaveFailure): T {
    try {
      return call();
    } catch {
      if (!vault.failure) onFail(failure);
      vault.failure ??= failure;
      return fallback;
    }
  }
  const vault: Vault = {
    storage,
    readOnly: false,
    failure: null,
    text: (key) => attempt(() => storage?.getItem(key) ?? null, null, 'blocked'),
    read: (key) => parseSaved(vault.text(key)),
    write: (key, value) => !vault.readOnly && attempt(() => (storage?.setItem(key, JSON.stringify(value)), true), false, 'full'),
    remove(key) {
      if (!vault.readOnly) attempt(() => storage?.removeItem(key), undefined, 'full');
    },
  };
  return vault;
}
