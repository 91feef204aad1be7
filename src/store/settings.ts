/**
 * The player's settings as saved: read when a store starts (from the version-2 root), written by
 * changing only the settings in the root so
 * that everything else there stays as it was. A root of a newer version puts the vault in
 * read-only mode. First-load code: settings are needed to draw the first board. No UI imports.
 */
import type { Palette, Settings, Theme } from './types';
import type { Vault } from './storage';
import { ROOT_KEY, SAVE_VERSION, isRecord, versionOf } from './storage';

export const DEFAULT_SETTINGS: Settings = { palette: 'default', showAll: false, coach: false, theme: 'system', guideSeen: false };
const RETURNING: Settings = { ...DEFAULT_SETTINGS, guideSeen: true };
const PALETTES: readonly Palette[] = ['default', 'colour-blind', 'high-contrast'];
const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

/**
 * The settings in a saved root (of either version), or null when they are missing or damaged.
 * The theme and whether the guide was seen came later: settings saved before lack them, and a
 * value that cannot be read loses only itself (the system's theme; and a player with saved
 * settings has played already, so no first-run guide).
 */
export function settingsIn(saved: unknown): Settings | null {
  const s = isRecord(saved) ? saved.settings : null;
  if (!(isRecord(s) && PALETTES.includes(s.palette as Palette) && typeof s.showAll === 'boolean' && typeof s.coach === 'boolean'))
    return null;
  const theme = THEMES.includes(s.theme as Theme) ? (s.theme as Theme) : 'system';
  return { ...(s as unknown as Settings), theme, guideSeen: s.guideSeen !== false };
}

/** What a store finds when it starts: the settings, and whether the saved data is newer or damaged. */
export interface Opening {
  readonly settings: Settings;
  /** `newer`: the data is left alone (read-only); `damaged`: the settings were unreadable. */
  readonly problem: 'newer' | 'damaged' | null;
}

/**
 * Reads the settings from the root; a root of a newer version makes the vault read-only. (Version
 * 1's settings arrive when store/saved migrates it, which the app loads after its first board.)
 */
export function openSaved(vault: Vault): Opening {
  const root = vault.read(ROOT_KEY);
  if ((versionOf(root) ?? 0) > SAVE_VERSION) {
    // A newer root is left alone, and so is all this visit would save beside it.
    vault.readOnly = true;
    // Saved data of any kind means the player has played: no first-run guide over their game.
    return { settings: RETURNING, problem: 'newer' };
  }
  const settings = settingsIn(root);
  if (root !== null && !settings) return { settings: RETURNING, problem: 'damaged' };
  return { settings: settings ?? DEFAULT_SETTINGS, problem: null };
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
