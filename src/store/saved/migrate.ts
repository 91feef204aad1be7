/**
 * Older saved data as version 2. Version 1 kept settings and stats under one key
 * (`tripebble:v1`: `{ version: 1, settings, solved, daily, hintsUsed, wins }`); version 2 keeps
 * the settings and those stats (as `base`) in its root, and each game from then on in the
 * finished-games log. Entries are read one by one, so a damaged one costs only itself. Loaded
 * with store/saved. No UI imports.
 */
import type { LostParts } from '../notices';
import type { Stats } from '../stats';
import { SAVE_VERSION } from '../storage';
import type { Settings } from '../types';
import { addLost, readBase, readSettings, savedBase } from './read';

/** The root of version 2: the settings (absent: the defaults) and the stats of games not in the log. */
export interface Root {
  readonly version: typeof SAVE_VERSION;
  readonly settings?: Settings;
  readonly base?: Omit<Stats, 'lastWins'>;
}

/** Version 1's data (checked to be version 1) as a version-2 root, and what could not be kept. */
export function migrateV1(v1: unknown): { root: Root; lost: LostParts } {
  const { settings, lost: settingsLost } = readSettings(v1);
  const { stats, lost } = readBase(v1);
  return { root: { version: SAVE_VERSION, ...(settings && { settings }), base: savedBase(stats) }, lost: addLost(settingsLost, lost) };
}
