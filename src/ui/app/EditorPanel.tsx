/**
 * The board editor: set each plate's and pebble's colour with pickers laid out as the triangle,
 * or paste the two codes. Holds no rules: the draft, the engine's verdict on it, its par from the
 * solver, shuffling and playing it are the store's (editor slice); this draws them and sends
 * the player's edits.
 */
import { useEffect, useMemo } from 'react';
import { draftIn, editorActions } from '../../store/editor';
import { useGame, useGameStore } from '../GameContext';
import { EDITOR_PANEL as WORDS } from '../messages/panels';
import { swatchOf } from '../palette';
import { POSITION_ROWS } from '../viewModel';

export function EditorPanel(props: { onPlay: () => void }) {
  const store = useGameStore();
  const editor = useGame((s) => s.editor);
  const start = useGame((s) => s.game.start);
  const palette = useGame((s) => s.progress.settings.palette);
  const actions = useMemo(() => editorActions(store), [store]);
  const { editCodes, paint, shuffleDraft, editCurrent, playDraft } = actions;
  // Until the first edit the draft is the board being played; opening the editor asks its par.
  const draft = useMemo(() => draftIn({ editor, game: { start } }), [editor, start]);
  useEffect(() => {
    if (editor === null) editCurrent();
  }, [editor, editCurrent]);
  const { plates, pebbles } = draft;
  // The same colour choices in every picker, made once per render.
  const options = draft.colours.map((c) => (
    <option key={c} value={c}>
      {WORDS.option(c)}
    </option>
  ));

  return (
    <section className="tp-panel tp-editor" aria-labelledby="tp-editor-title">
      <h2 id="tp-editor-title">{WORDS.title}</h2>
      <div className="tp-codes">
        <label>
          <span>{WORDS.plates}</span>
          <input
            value={plates}
            spellCheck={false}
            autoComplete="off"
            maxLength={40}
            onChange={(e) => editCodes({ plates: e.currentTarget.value })}
          />
        </label>
        <label>
          <span>{WORDS.pebbles.map((part, i) => (typeof part === 'string' ? part : <code key={i}>{part.code}</code>))}</span>
          <input
            value={pebbles}
            spellCheck={false}
            autoComplete="off"
            maxLength={40}
            onChange={(e) => editCodes({ pebbles: e.currentTarget.value })}
          />
        </label>
      </div>
      <p className={draft.check.ok ? 'tp-valid' : 'tp-invalid'} role="status" data-testid="editor-status">
        {WORDS.status(draft)}
      </p>
      {draft.perPosition && (
        <div className="tp-picker" aria-label={WORDS.pickers}>
          {POSITION_ROWS.map((positions, row) => (
            <div className="tp-picker-row" key={row}>
              {positions.map((pos) => (
                <div className="tp-picker-cell" key={pos} style={{ borderColor: swatchOf(plates[pos]!, palette).fill }}>
                  <select aria-label={WORDS.plate(pos)} value={plates[pos]} onChange={(e) => paint('plates', pos, e.currentTarget.value)}>
                    {options}
                  </select>
                  <select
                    aria-label={WORDS.pebble(pos)}
                    value={pebbles[pos]}
                    onChange={(e) => paint('pebbles', pos, e.currentTarget.value)}
                  >
                    <option value="-">{WORDS.hole}</option>
                    {options}
                  </select>
                </div>
              ))}
            </div>
          ))}
        </div>
      )}
      <div className="tp-editor-actions">
        <button type="button" onClick={shuffleDraft}>
          {WORDS.shuffle}
        </button>
        <button type="button" onClick={editCurrent}>
          {WORDS.current}
        </button>
        <button
          type="button"
          className="tp-primary"
          disabled={!draft.check.ok}
          onClick={() => {
            if (playDraft()) props.onPlay();
          }}
        >
          {WORDS.play}
        </button>
      </div>
    </section>
  );
}
