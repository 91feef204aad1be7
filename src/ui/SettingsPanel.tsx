/**
 * Player settings: the palette (standard, colour-blind safe, high contrast), showing all optimal
 * moves with the exact moves to solved, and the coach. Saved with the stats by the store.
 */
import { useId } from 'react';
import type { ReactNode } from 'react';
import { useActions, useGame } from './GameContext';
import { PALETTE_NAMES, SETTINGS } from './messages';
import { PALETTES } from './palette';

/**
 * `help` false leaves out the help settings, for boards whose host turned hints off; `overlay`
 * lays the panel over the board; `children` are more settings (the app's theme).
 */
export interface SettingsPanelProps {
  readonly help?: boolean;
  readonly overlay?: boolean;
  readonly children?: ReactNode;
}

export function SettingsPanel(props: SettingsPanelProps) {
  const settings = useGame((s) => s.progress.settings);
  const { updateSettings: update } = useActions();
  const id = useId();
  return (
    <form
      className={props.overlay ? 'tp-settings tp-overlay' : 'tp-settings'}
      aria-label={SETTINGS.title}
      onSubmit={(e) => e.preventDefault()}
    >
      <fieldset>
        <legend>{SETTINGS.colours}</legend>
        {PALETTES.map((palette) => (
          <label key={palette}>
            <input type="radio" name={`${id}-palette`} checked={settings.palette === palette} onChange={() => update({ palette })} />
            {PALETTE_NAMES[palette]}
          </label>
        ))}
      </fieldset>
      {props.help !== false && (
        <fieldset>
          <legend>{SETTINGS.help}</legend>
          <label>
            <input type="checkbox" checked={settings.showAll} onChange={(e) => update({ showAll: e.currentTarget.checked })} />
            {SETTINGS.showAll}
          </label>
          <label>
            <input type="checkbox" checked={settings.coach} onChange={(e) => update({ coach: e.currentTarget.checked })} />
            {SETTINGS.coach}
          </label>
        </fieldset>
      )}
      {props.children}
    </form>
  );
}
