/**
 * The second hint: an arrow from the hinted pebble into the hole, bowed a little so that it
 * stays readable when it crosses other pebbles. Drawing only.
 */
import type { Point } from '../viewModel';
import { PEBBLE_RADIUS } from '../viewModel';

export function HintArrow(props: { from: Point; to: Point; markerId: string }) {
  const { from, to } = props;
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  const ux = dx / length;
  const uy = dy / length;
  const start = { x: from.x + ux * (PEBBLE_RADIUS + 4), y: from.y + uy * (PEBBLE_RADIUS + 4) };
  const end = { x: to.x - ux * (PEBBLE_RADIUS + 2), y: to.y - uy * (PEBBLE_RADIUS + 2) };
  const bow = Math.min(28, length * 0.18);
  const control = { x: (start.x + end.x) / 2 + uy * bow, y: (start.y + end.y) / 2 - ux * bow };
  return (
    <path
      className="tp-arrow"
      data-testid="hint-arrow"
      d={`M${start.x.toFixed(1)} ${start.y.toFixed(1)} Q${control.x.toFixed(1)} ${control.y.toFixed(1)} ${end.x.toFixed(1)} ${end.y.toFixed(1)}`}
      markerEnd={`url(#${props.markerId})`}
      aria-hidden="true"
    />
  );
}
