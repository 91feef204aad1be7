/**
 * The pebble being dragged, drawn after every spot so that it passes over the plates and pebbles
 * it crosses (SVG paints in document order). Drawing only; the spot keeps the pointer capture.
 */
import type { Point, SpotView } from '../viewModel';
import { Stone } from './Spot';

export function DragGhost(props: { spot: SpotView; offset: Point; shineId: string }) {
  const { spot, offset } = props;
  return (
    <g className="tp-pebble tp-dragging" data-testid="drag-ghost" transform={`translate(${offset.x} ${offset.y})`} aria-hidden="true">
      <Stone spot={spot} shineId={props.shineId} />
      <text className="tp-mark" x={spot.x} y={spot.y} fill={spot.pebble!.ink}>
        {spot.pebble!.letter}
      </text>
    </g>
  );
}
