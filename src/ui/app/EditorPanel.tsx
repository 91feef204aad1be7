/**
 * The board editor: choose plates or pebbles and a colour, then tap positions on a drawn board;
 * the engine's verdict, the solver's par and its difficulty band follow every edit; play the
 * board or copy its link. The codes stay editable for pasting. Holds no rules: the draft, the
 * engine's verdict, par (asked in the jobs' editor lane, cancelled when the draft changes or the
 * editor closes), shuffling and playing are the store's (editor slice).
 */
import { useEffect, useMemo, useState } from 'react';
import { boardLink } from '../../store';
import { draftIn, editorActions } from '../../store/editor';
import { ColourPalette, HOLE_BRUSH } from '../editor/ColourPalette';
import { EditorBoard } from '../editor/EditorBoard';
import { editorView } from '../editor/editorView';
import '../editor/editor.css';
import { useGame, useGameStore } from '../GameContext';
import { SHARE_LINK } from '../messages';
import { EDITOR_PANEL as WORDS } from '../messages/panels';

type Field = 'plates' | 'pebbles';

export function EditorPanel(props: { onPlay: () => void }) {
  const store = useGameStore();
  const editor = useGame((s) => s.editor);
  const start = useGame((s) => s.game.start);
  const palette = useGame((s) => s.progress.settings.palette);
  const actions = useMemo(() => editorActions(store), [store]);
  const { editCodes, paint, shuffleDraft, editCurrent, playDraft, openEditor, closeEditor } = actions;
  // Until the first edit the draft is the board being played; opening the editor asks its par.
  const draft = useMemo(() => draftIn({ editor, game: { start } }), [editor, start]);
  useEffect(() => {
    openEditor();
    return closeEditor;
  }, [openEditor, closeEditor]);
  const [field, setField] = useState<Field>('pebbles');
  const [brush, setBrush] = useState(() => draft.colours[0] ?? 'B');
  const [extra, setExtra] = useState<readonly string[]>([]);
  const [copied, setCopied] = useState('');
  const view = useMemo(
    () => editorView(draft, palette, [...extra, ...(brush === HOLE_BRUSH ? [] : [brush])]),
    [draft, palette, extra, brush],
  );
  // The hole is a pebble's place: painting plates with it falls back to a colour.
  const chosen = field === 'plates' && brush === HOLE_BRUSH ? (view.palette[0]?.letter ?? 'B') : brush;

  function choose(letter: string): void {
    if (letter !== HOLE_BRUSH && !view.palette.some((s) => s.letter === letter)) setExtra([...extra, letter]);
    setBrush(letter);
  }

  async function copyLink(): Promise<void> {
    if (!draft.check.ok) return;
    const url = new URL(location.href);
    url.hash = boardLink(draft.check.value);
    try {
      await navigator.clipboard.writeText(url.href);
      setCopied(SHARE_LINK.copied);
    } catch {
      setCopied(SHARE_LINK.manual(url.href));
    }
  }

  return (
    <section className="tp-panel tp-editor" aria-labelledby="tp-editor-title">
      <h2 id="tp-editor-title">{WORDS.title}</h2>
      <p className="tp-editor-intro">{WORDS.intro}</p>
      <fieldset className="tp-editor-modes">
        <legend>{WORDS.modeLegend}</legend>
        {(['plates', 'pebbles'] as const).map((f) => (
          <label key={f} className="tp-editor-mode">
            <input type="radio" name="tp-editor-field" value={f} checked={field === f} onChange={() => setField(f)} />
            <span>{WORDS.modes[f]}</span>
          </label>
        ))}
      </fieldset>
      <ColourPalette swatches={view.palette} withHole={field === 'pebbles'} chosen={chosen} onChoose={choose} />
      {view.spots && <EditorBoard spots={view.spots} onPaint={(pos) => paint(field, pos, chosen)} />}
      <p className={draft.check.ok ? 'tp-valid' : 'tp-invalid'} role="status" data-testid="editor-status">
        {WORDS.status(draft)}
      </p>
      <div className="tp-editor-actions">
        <button type="button" onClick={shuffleDraft}>
          {WORDS.shuffle}
        </button>
        <button type="button" onClick={editCurrent}>
          {WORDS.current}
        </button>
        <button type="button" disabled={!draft.check.ok} onClick={() => void copyLink()}>
          {SHARE_LINK.copy}
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
        <span className="tp-copy-note" role="status">
          {copied}
        </span>
      </div>
      <details className="tp-codes" open={!draft.perPosition || undefined}>
        <summary>{WORDS.codes}</summary>
        <label>
          <span>{WORDS.plates}</span>
          <input
            value={draft.plates}
            spellCheck={false}
            autoComplete="off"
            maxLength={40}
            onChange={(e) => editCodes({ plates: e.currentTarget.value })}
          />
        </label>
        <label>
          <span>{WORDS.pebbles.map((part, i) => (typeof part === 'string' ? part : <code key={i}>{part.code}</code>))}</span>
          <input
            value={draft.pebbles}
            spellCheck={false}
            autoComplete="off"
            maxLength={40}
            onChange={(e) => editCodes({ pebbles: e.currentTarget.value })}
          />
        </label>
      </details>
    </section>
  );
}
