/**
 * The leaderboard player as this browser keeps them, under their own versioned key: the secret
 * the server knows them by (made once), the name they gave and whether their wins go on the
 * leaderboard without asking. A damaged field is dropped alone; data that cannot be read at all
 * (not JSON, another version) is left untouched and the player is kept for this visit only.
 * Storage errors never escape. No UI imports.
 */
import { isPlayerSecret, isValidName, normalizeName } from '../../online/protocol';
import type { StorageLike } from '../storage';

export const PLAYER_KEY = 'tripebble:player';
export const PLAYER_VERSION = 1;

export interface SavedPlayer {
  readonly secret: string | null;
  readonly name: string | null;
  readonly auto: boolean;
}

export const NO_PLAYER: SavedPlayer = { secret: null, name: null, auto: false };

export interface LoadedPlayer {
  readonly player: SavedPlayer;
  /** False when what is stored could not be read: it is left alone, and nothing is written over it. */
  readonly writable: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function loadPlayer(storage: StorageLike | null): LoadedPlayer {
  if (!storage) return { player: NO_PLAYER, writable: false };
  let text: string | null;
  try {
    text = storage.getItem(PLAYER_KEY);
  } catch {
    return { player: NO_PLAYER, writable: false };
  }
  if (text === null) return { player: NO_PLAYER, writable: true };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { player: NO_PLAYER, writable: false };
  }
  if (!isRecord(data) || data.version !== PLAYER_VERSION) return { player: NO_PLAYER, writable: false };
  const { secret, name, auto } = data;
  return {
    player: {
      secret: typeof secret === 'string' && isPlayerSecret(secret) ? secret : null,
      name: typeof name === 'string' && isValidName(name) ? normalizeName(name) : null,
      auto: auto === true,
    },
    writable: true,
  };
}

/** Saves the player; false when storage refused (full, or blocked). */
export function savePlayer(storage: StorageLike, player: SavedPlayer): boolean {
  try {
    if (player.secret === null && player.name === null && !player.auto) storage.removeItem(PLAYER_KEY);
    else storage.setItem(PLAYER_KEY, JSON.stringify({ version: PLAYER_VERSION, ...player }));
    return true;
  } catch {
    return false;
  }
}
