/**
 * The app's theme setting: the system's colours, light or dark. Saved with the other settings;
 * the app puts it on its root (useRootTheme). Loads with the app's panels.
 */
import { useId } from 'react';
import type { Theme } from '../../store';
import { useActions, useGame } from '../GameContext';
import { THEME_SETTING } from '../messages/panels';

const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

export function ThemeSetting() {
  const theme = useGame((s) => s.progress.settings.theme);
  const { updateSettings } = useActions();
  const id = useId();
  return (
    <fieldset>
      <legend>{THEME_SETTING.legend}</legend>
      {THEMES.map((choice) => (
        <label key={choice}>
          <input type="radio" name={`${id}-theme`} checked={theme === choice} onChange={() => updateSettings({ theme: choice })} />
          {THEME_SETTING.names[choice]}
        </label>
      ))}
    </fieldset>
  );
}
