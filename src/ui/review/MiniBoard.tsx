/**
 * A still picture of one position for the review: plates, pebbles with their letters, the hole,
 * and the leap that made the position. Drawing only; it has none of the board's test hooks
 * (data-pos…), which name the board being played.
 */
import type { Board } from '../../engine';
import type { Palette } from '../../store';
import { stillView } from '../stillView';
import { HEIGHT, PEBBLE_RADIUS, PLATE_RADIUS, WIDTH, pointOf } from '../viewModel';

export function MiniBoard(props: { board: Board; palette: Palette; leap: { from: number; to: number } | null; label: string }) {
  const view = stillView(props.board, props.palette, true);
  const from = props.leap && pointOf(props.leap.from);
  const to = props.leap && pointOf(props.leap.to);
  return (
    <svg className="tp-mini-board" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={props.label}>
      {view.spots.map((spot) => (
        <g key={spot.pos}>
          <circle cx={spot.x} cy={spot.y} r={PLATE_RADIUS} fill={spot.plate.fill} />
          {spot.pebble ? (
            <>
              <circle className="tp-mini-pebble" cx={spot.x} cy={spot.y} r={PEBBLE_RADIUS} fill={spot.pebble.fill} />
              <text className="tp-mark" x={spot.x} y={spot.y} fill={spot.pebble.ink}>
                {spot.pebble.letter}
              </text>
            </>
          ) : (
            <circle className="tp-socket" cx={spot.x} cy={spot.y} r={PEBBLE_RADIUS} />
          )}
        </g>
      ))}
      {from && to && <line className="tp-mini-leap" x1={from.x} y1={from.y} x2={to.x} y2={to.y} />}
    </svg>
  );
}
