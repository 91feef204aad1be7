/**
 * The board editor: set each plate's and pebble's colour with pickers laid out as the triangle,
 * or paste the two codes; an invalid board says why (parseBoard), a valid one shows its exact
 * par from the worker, and "Play this board" starts it.
 */
import { useEffect, useState } from 'react';
import {
  POSITIONS,
  ROWS,
  SIZE,
  STANDARD_COLOURS,
  createRandom,
  describeBoardError,
  oddCountColour,
  parseBoard,
  randomBoard,
  rowOf,
} from '../../engine';
import { colourName, keyOf } from '../../store';
import { useGame, useGameContext } from '../GameContext';
import { swatchOf } from '../palette';

const STANDARD = STANDARD_COLOURS.pairs + STANDARD_COLOURS.odd;

/** The positions of each row of the triangle, apex first: the picker's layout. */
const PICKER_ROWS = Array.from({ length: ROWS }, (_, row) => POSITIONS.filter((p) => rowOf(p) === row));

function withLetter(code: string, index: number, letter: string): string {
  return code.slice(0, index) + letter + code.slice(index + 1);
}

/** The exact par of the board the codes name, asked of the worker a moment after typing stops. */
function usePar(key: string | null): { par: number | null; error: string | null } {
  const { solver } = useGameContext();
  const [state, setState] = useState<{ key: string; par: number | null; error: string | null }>({ key: '', par: null, error: null });
  useEffect(() => {
    if (key === null) return;
    const [plates, pebbles] = key.split('/') as [string, string];
    const controller = new AbortController();
    const timer = setTimeout(() => {
      solver.solve({ plates, pebbles }, { signal: controller.signal }).then(
        (r) => setState({ key, par: r.distance, error: null }),
        (e: unknown) => {
          if (!controller.signal.aborted) setState({ key, par: null, error: e instanceof Error ? e.message : String(e) });
        },
      );
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key, solver]);
  return state.key === key ? state : { par: null, error: null };
}

export function EditorPanel(props: { onPlay: () => void }) {
  const current = useGame((s) => s.start);
  const palette = useGame((s) => s.settings.palette);
  const newGame = useGame((s) => s.newGame);
  const [plates, setPlates] = useState(current.plates);
  const [pebbles, setPebbles] = useState(current.pebbles);
  const parsed = parseBoard(plates, pebbles);
  const board = parsed.ok ? parsed.value : null;
  const { par, error } = usePar(board ? keyOf(board) : null);
  const colours = [...new Set([...STANDARD, ...plates.replace(/[^A-Z]/g, ''), ...pebbles.replace(/[^A-Z]/g, '')])].sort();
  const pickable = plates.length === SIZE && pebbles.length === SIZE;
  // The same colour choices in every picker, made once per render.
  const options = colours.map((c) => (
    <option key={c} value={c}>
      {c} {colourName(c)}
    </option>
  ));

  function shuffle(): void {
    if (oddCountColour(plates) === null || !/^[A-Z]{15}$/.test(plates)) return;
    const next = randomBoard(createRandom(Math.floor(Math.random() * 2 ** 31)), plates);
    setPebbles(next.pebbles);
  }

  return (
    <section className="tp-panel tp-editor" aria-labelledby="tp-editor-title">
      <h2 id="tp-editor-title">Board editor</h2>
      <div className="tp-codes">
        <label>
          <span>Plates</span>
          <input
            value={plates}
            spellCheck={false}
            autoComplete="off"
            maxLength={40}
            onChange={(e) => setPlates(e.currentTarget.value.toUpperCase().trim())}
          />
        </label>
        <label>
          <span>
            Pebbles (<code>-</code> is the hole)
          </span>
          <input
            value={pebbles}
            spellCheck={false}
            autoComplete="off"
            maxLength={40}
            onChange={(e) => setPebbles(e.currentTarget.value.toUpperCase().trim())}
          />
        </label>
      </div>
      <p className={parsed.ok ? 'tp-valid' : 'tp-invalid'} role="status" data-testid="editor-status">
        {parsed.ok
          ? error
            ? `Valid board, but the par could not be worked out: ${error}`
            : `Valid board. Par: ${par ?? '…'}`
          : `Not a valid board: ${describeBoardError(parsed.error)}.`}
      </p>
      {pickable && (
        <div className="tp-picker" aria-label="Colours per position">
          {PICKER_ROWS.map((positions, row) => (
            <div className="tp-picker-row" key={row}>
              {positions.map((pos) => (
                <div className="tp-picker-cell" key={pos} style={{ borderColor: swatchOf(plates[pos]!, palette).fill }}>
                  <select
                    aria-label={`Plate ${pos}`}
                    value={plates[pos]}
                    onChange={(e) => setPlates(withLetter(plates, pos, e.currentTarget.value))}
                  >
                    {options}
                  </select>
                  <select
                    aria-label={`Pebble ${pos}`}
                    value={pebbles[pos]}
                    onChange={(e) => setPebbles(withLetter(pebbles, pos, e.currentTarget.value))}
                  >
                    <option value="-">- hole</option>
                    {options}
                  </select>
                </div>
              ))}
            </div>
          ))}
        </div>
      )}
      <div className="tp-editor-actions">
        <button type="button" onClick={shuffle}>
          Shuffle pebbles
        </button>
        <button
          type="button"
          onClick={() => {
            setPlates(current.plates);
            setPebbles(current.pebbles);
          }}
        >
          Current board
        </button>
        <button
          type="button"
          className="tp-primary"
          disabled={!board}
          onClick={() => {
            if (!board) return;
            newGame(board, { kind: 'custom' }, par);
            props.onPlay();
          }}
        >
          Play this board
        </button>
      </div>
    </section>
  );
}
