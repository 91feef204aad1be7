/**
 * The editor's palette: one radio button per colour (drawn as its swatch with its letter; arrow
 * keys move between them as in any radio group), the hole when pebbles are being set, and a
 * field to add a letter beyond the standard colours. Sends the choice up; holds no rules.
 */
import { useId, useState } from 'react';
import { EDITOR_PANEL as WORDS } from '../messages/panels';
import type { EditorSwatch } from './editorView';

export const HOLE_BRUSH = '-';

export interface ColourPaletteProps {
  readonly swatches: readonly EditorSwatch[];
  /** The hole is offered (pebbles are being set). */
  readonly withHole: boolean;
  readonly chosen: string;
  readonly onChoose: (letter: string) => void;
}

export function ColourPalette(props: ColourPaletteProps) {
  const name = useId();
  const [letter, setLetter] = useState('');
  const choices = props.withHole ? [...props.swatches, null] : props.swatches;
  return (
    <div className="tp-editor-palette">
      <fieldset className="tp-swatches">
        <legend>{WORDS.paletteLegend}</legend>
        {choices.map((swatch) => {
          const value = swatch?.letter ?? HOLE_BRUSH;
          return (
            <label
              key={value}
              className="tp-swatch"
              data-letter={value}
              data-wrong={swatch?.wrong ? 'true' : undefined}
              style={swatch ? { background: swatch.fill, color: swatch.ink } : undefined}
            >
              <input
                type="radio"
                name={name}
                value={value}
                checked={props.chosen === value}
                onChange={() => props.onChoose(value)}
                aria-label={swatch ? WORDS.swatch(swatch.letter) : WORDS.hole}
              />
              <span aria-hidden="true">{swatch ? swatch.letter : HOLE_BRUSH}</span>
            </label>
          );
        })}
      </fieldset>
      <form
        className="tp-add-letter"
        onSubmit={(event) => {
          event.preventDefault();
          const added = letter.toUpperCase();
          if (/^[A-Z]$/.test(added)) props.onChoose(added);
          setLetter('');
        }}
      >
        <label>
          <span>{WORDS.addLetter}</span>
          <input
            value={letter}
            maxLength={1}
            size={2}
            autoComplete="off"
            spellCheck={false}
            pattern="[A-Za-z]"
            onChange={(event) => setLetter(event.currentTarget.value)}
          />
        </label>
        <button type="submit">{WORDS.add}</button>
      </form>
    </div>
  );
}
