/**
 * The line from the movable pebble pointed at (or focused) to the hole: one line on top of the
 * board, drawn straight on the DOM (no render). It is drawn once the next frame is painted, for
 * whatever is pointed at by then: a tap's pointerover comes in the same moment as its move, which
 * so paints without the line's layout (and the line would be drawn for the board before the move).
 * Board drawing only; reads the board as drawn (data-movable, data-hole).
 */
import { afterPaint } from '../afterPaint';
import { PEBBLE_RADIUS, pointOf } from '../viewModel';

export interface LineToHole {
  /** The pointer or the focus is now on `target` of the board `svg` (null: on nothing of it). */
  point(svg: SVGSVGElement, target: EventTarget | null): void;
  /** Draws the line again for the same target (after a move changed what lies under it). */
  redraw(svg: SVGSVGElement | null): void;
}

/**
 * Draws the line from the movable pebble under the pointer or with the focus to the hole, or
 * hides it: one line on top of the board, moved straight on the DOM (no render).
 */
function pointAt(svg: SVGSVGElement, target: EventTarget | null): void {
  const path = svg.querySelector<SVGGElement>('.tp-path');
  const spot = target instanceof Element ? target.closest('[data-movable="true"]') : null;
  const hole = svg.querySelector('[data-hole]');
  if (!path) return;
  if (!spot || !hole) return path.removeAttribute('data-from');
  const from = pointOf(Number(spot.getAttribute('data-pos')));
  const to = pointOf(Number(hole.getAttribute('data-pos')));
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  const [dx, dy] = [((to.x - from.x) / length) * INSET, ((to.y - from.y) / length) * INSET];
  const ends = [from.x + dx, from.y + dy, to.x - dx, to.y - dy];
  for (const line of path.children) ['x1', 'y1', 'x2', 'y2'].forEach((name, i) => line.setAttribute(name, String(ends[i])));
  path.setAttribute('data-from', spot.getAttribute('data-pos')!);
}

/** Where the line to the hole stops short of the two pebbles' centres. */
const INSET = PEBBLE_RADIUS + 3;

export function lineToHole(): LineToHole {
  let pointed: EventTarget | null = null;
  let board: SVGSVGElement | null = null;
  let pending = false;
  const draw = (svg: SVGSVGElement): void => {
    board = svg;
    if (pending) return;
    pending = true;
    afterPaint(() => {
      pending = false;
      if (board) pointAt(board, pointed);
    });
  };
  return {
    point(svg, target) {
      pointed = target;
      draw(svg);
    },
    redraw(svg) {
      if (svg && pointed) draw(svg);
    },
  };
}
