/**
 * Player settings: the palette (standard, colour-blind safe, high contrast), showing all optimal
 * moves with the exact moves to solved, and the coach. Saved with the stats by the store.
 */
import { useId } from 'react';
import type { Palette } from '../store';
import { useGame } from './GameContext';
import { PALETTE_NAMES } from './palette';

const PALETTES = Object.keys(PALETTE_NAMES) as Palette[];

/** `help` false leaves out the help settings, for boards whose host turned hints off. */
export function SettingsPanel(props: { help?: boolean }) {
  const settings = useGame((s) => s.settings);
  const update = useGame((s) => s.updateSettings);
  const id = useId();
  return (
    <form className="tp-settings" aria-label="Settings" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>Colours</legend>
        {PALETTES.map((palette) => (
          <label key={palette}>
            <input type="radio" name={`${id}-palette`} checked={settings.palette === palette} onChange={() => update({ palette })} />
            {PALETTE_NAMES[palette]}
          </label>
        ))}
      </fieldset>
      {props.help !== false && (
        <fieldset>
          <legend>Help</legend>
          <label>
            <input type="checkbox" checked={settings.showAll} onChange={(e) => update({ showAll: e.currentTarget.checked })} />
            Show all optimal moves and the moves to solved
          </label>
          <label>
            <input type="checkbox" checked={settings.coach} onChange={(e) => update({ coach: e.currentTarget.checked })} />
            Coach: say how good each move was
          </label>
        </fieldset>
      )}
    </form>
  );
}
