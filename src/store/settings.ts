/**
 * The player's settings as saved: read when a store starts (from the version-2 root, or from
 * version 1's key until that is migrated), written by changing only the settings in the root so
 * that everything else there stays as it was. A root of a newer version puts the vault in
 * read-only mode. First-load code: settings are needed to draw the first board. No UI imports.
 */
import type { Palette, Settings } from './types';
import type { Vault } from './storage';
import { LEGACY_KEY, ROOT_KEY, SAVE_VERSION, isRecord, versionOf } from './storage';

export const DEFAULT_SETTINGS: Settings = { palette: 'default', showAll: false, coach: false };
const PALETTES: readonly Palette[] = ['default', 'colour-blind', 'high-contrast'];

/** The settings in a saved root (of either version), or null when they are missing or damaged. */
export function settingsIn(saved: unknown): Settings | null {
  const s = isRecord(saved) ? saved.settings : null;
  return isRecord(s) && PALETTES.includes(s.palette as Palette) && typeof s.showAll === 'boolean' && typeof s.coach === 'boolean'
    ? { palette: s.palette as Palette, showAll: s.showAll, coach: s.coach }
    : null;
}

/** What a store finds when it starts: the settings, and whether the saved data is newer or damaged. */
export interface Opening {
  readonly settings: Settings;
  /** `newer`: the data is left alone (read-only); `damaged`: the settings were unreadable. */
  readonly problem: 'newer' | 'damaged' | null;
}

/** Reads the settings; a root of a newer version makes the vault read-only. */
export function openSaved(vault: Vault): Opening {
  const root = vault.read(ROOT_KEY);
  // Until version 1 is migrated (store/saved, with the stats), its settings are the player's.
  const saved = root ?? vault.read(LEGACY_KEY);
  if ((versionOf(saved) ?? 0) > (root === null ? 1 : SAVE_VERSION)) {
    // A newer root is left alone, and so is all this visit would save beside it.
    vault.readOnly = root !== null;
    return { settings: DEFAULT_SETTINGS, problem: 'newer' };
  }
  const settings = settingsIn(saved);
  return { settings: settings ?? DEFAULT_SETTINGS, problem: saved !== null && !settings ? 'damaged' : null };
}

/**
 * Saves new settings into the root, keeping everything else in it. A root that is not of
 * version 2 (no JSON at all, say) is left for store/saved to read: false, nothing saved.
 */
export function writeSettings(vault: Vault, settings: Settings): boolean {
  const root = vault.read(ROOT_KEY);
  return (root === null || versionOf(root) === SAVE_VERSION) && vault.write(ROOT_KEY, { ...(root ?? { version: SAVE_VERSION }), settings });
}

/** The saved settings now (another board or tab may have changed them), else `fallback`. */
export function latestSettings(vault: Vault, fallback: Settings): Settings {
  const root = vault.read(ROOT_KEY);
  return (versionOf(root) === SAVE_VERSION && settingsIn(root)) || fallback;
}
