/**
 * The editor's board: the triangle drawn as in the game (plates with their letters, pebbles as
 * stones, the hole as a socket), each position a button that paints it with the chosen colour
 * (tap, click, or Enter/Space). Marks the positions the engine's verdict points at. Drawing and
 * intents only: what a tap does is the panel's.
 */
import type { KeyboardEvent } from 'react';
import { EDITOR_PANEL as WORDS } from '../messages/panels';
import { HEIGHT, PEBBLE_RADIUS, PLATE_RADIUS, WIDTH } from '../viewModel';
import type { EditorSpot } from './editorView';

export function EditorBoard(props: { spots: readonly EditorSpot[]; onPaint: (pos: number) => void }) {
  function onKeyDown(event: KeyboardEvent<SVGGElement>, pos: number): void {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    props.onPaint(pos);
  }
  return (
    <svg className="tp-editor-board" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label={WORDS.board}>
      {props.spots.map((spot) => (
        <g
          key={spot.pos}
          className="tp-editor-spot"
          data-pos={spot.pos}
          data-hole={spot.pebble === null ? 'true' : undefined}
          data-wrong={spot.wrong ? 'true' : undefined}
          role="button"
          tabIndex={0}
          aria-label={WORDS.spot(spot.pos, spot.plate.letter, spot.pebble?.letter ?? null, spot.wrong)}
          onClick={() => props.onPaint(spot.pos)}
          onKeyDown={(event) => onKeyDown(event, spot.pos)}
        >
          <circle className="tp-editor-focus" cx={spot.x} cy={spot.y} r={PLATE_RADIUS + 4.5} />
          <circle className="tp-editor-plate" cx={spot.x} cy={spot.y} r={PLATE_RADIUS} fill={spot.plate.fill} />
          <text className="tp-editor-plate-mark" x={spot.x} y={spot.y + PLATE_RADIUS - 6} fill={spot.plate.ink} aria-hidden="true">
            {spot.plate.letter}
          </text>
          {spot.pebble ? (
            <>
              <circle className="tp-editor-stone" cx={spot.x} cy={spot.y - 3} r={PEBBLE_RADIUS} fill={spot.pebble.fill} />
              <text className="tp-editor-mark" x={spot.x} y={spot.y - 3} fill={spot.pebble.ink} aria-hidden="true">
                {spot.pebble.letter}
              </text>
            </>
          ) : (
            <circle className="tp-editor-socket" cx={spot.x} cy={spot.y - 3} r={PEBBLE_RADIUS} />
          )}
          {spot.wrong && <circle className="tp-editor-wrong" cx={spot.x} cy={spot.y} r={PLATE_RADIUS + 2} />}
        </g>
      ))}
    </svg>
  );
}
