/**
 * The editor's board: the triangle drawn as in the game (plates with their letters, pebbles as
 * stones, the hole as a socket), each position a button that paints it with the chosen colour
 * (tap, click, or Enter/Space; arrow keys move between positions, one Tab stop for the board).
 * Marks the positions the engine's verdict points at. Drawing and intents only: what a tap does
 * is the panel's.
 */
import { useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { EDITOR_PANEL as WORDS } from '../messages/panels';
import { HEIGHT, PEBBLE_RADIUS, PLATE_RADIUS, WIDTH } from '../viewModel';
import type { EditorSpot } from './editorView';

const ARROWS: Record<string, { readonly dx: number; readonly dy: number }> = {
  ArrowLeft: { dx: -1, dy: 0 },
  ArrowRight: { dx: 1, dy: 0 },
  ArrowUp: { dx: 0, dy: -1 },
  ArrowDown: { dx: 0, dy: 1 },
};

/** The nearest spot from `from` in an arrow's direction on screen, or null at the edge. */
function nextSpot(spots: readonly EditorSpot[], from: EditorSpot, arrow: { dx: number; dy: number }): EditorSpot | null {
  let best: EditorSpot | null = null;
  let bestCost = Infinity;
  for (const spot of spots) {
    const ahead = (spot.x - from.x) * arrow.dx + (spot.y - from.y) * arrow.dy;
    if (ahead <= 1) continue;
    const aside = Math.abs((spot.x - from.x) * arrow.dy) + Math.abs((spot.y - from.y) * arrow.dx);
    const cost = ahead + aside;
    if (cost < bestCost) [best, bestCost] = [spot, cost];
  }
  return best;
}

export function EditorBoard(props: { spots: readonly EditorSpot[]; onPaint: (pos: number) => void }) {
  const [focus, setFocus] = useState(0);
  const refs = useRef(new Map<number, SVGGElement>());
  function onKeyDown(event: KeyboardEvent<SVGGElement>, spot: EditorSpot): void {
    const arrow = ARROWS[event.key];
    if (arrow) {
      event.preventDefault();
      const next = nextSpot(props.spots, spot, arrow);
      if (next) refs.current.get(next.pos)?.focus();
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      props.onPaint(spot.pos);
    }
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
          ref={(el) => {
            if (el) refs.current.set(spot.pos, el);
            else refs.current.delete(spot.pos);
          }}
          role="button"
          tabIndex={spot.pos === focus ? 0 : -1}
          onFocus={() => setFocus(spot.pos)}
          aria-label={WORDS.spot(spot.pos, spot.plate.letter, spot.pebble?.letter ?? null, spot.wrong)}
          onClick={() => props.onPaint(spot.pos)}
          onKeyDown={(event) => onKeyDown(event, spot)}
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
