/**
 * Dragging a pebble with any pointer: it follows the pointer and moves when dropped on the hole;
 * dropped elsewhere it returns. A drag swallows the click that follows it, so a tap and a drag
 * never both count. Board-local UI state only.
 */
import { useRef, useState } from 'react';
import type { PointerEvent, RefObject } from 'react';
import type { Point } from '../viewModel';
import { PLATE_RADIUS, pointOf } from '../viewModel';

const THRESHOLD = 6;

export interface DragHandle {
  start(pos: number, event: PointerEvent<SVGGElement>): void;
  /** The pebble being dragged and its offset from its plate, or null. */
  readonly dragged: { readonly pos: number; readonly offset: Point } | null;
  /** The dragged pebble's offset from its plate, or null when `pos` is not dragged. */
  offset(pos: number): Point | null;
  /** True (once) when the click being handled ends a drag. */
  consumeClick(): boolean;
}

function toBoard(svg: SVGSVGElement, clientX: number, clientY: number): Point | null {
  const matrix = svg.getScreenCTM?.();
  if (!matrix) return null;
  const p = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
  return { x: p.x, y: p.y };
}

/** `onDrop(pos, at)`: the pebble at `pos` was let go over the hole, at `at` (board units). */
export function useDrag(svgRef: RefObject<SVGSVGElement | null>, hole: number, onDrop: (pos: number, at: Point) => void): DragHandle {
  const [dragging, setDragging] = useState<{ pos: number; offset: Point } | null>(null);
  const swallowClick = useRef(false);

  function start(pos: number, event: PointerEvent<SVGGElement>): void {
    const svg = svgRef.current;
    if (!svg || event.button !== 0 || pos === hole) return;
    const origin = toBoard(svg, event.clientX, event.clientY);
    if (!origin) return;
    const target = event.currentTarget;
    let moved = false;
    const onMove = (e: globalThis.PointerEvent): void => {
      const p = toBoard(svg, e.clientX, e.clientY);
      if (!p) return;
      const offset = { x: p.x - origin.x, y: p.y - origin.y };
      if (!moved && Math.hypot(offset.x, offset.y) < THRESHOLD) return;
      moved = true;
      setDragging({ pos, offset });
    };
    const onUp = (e: globalThis.PointerEvent): void => {
      target.removeEventListener('pointermove', onMove);
      target.removeEventListener('pointerup', onUp);
      target.removeEventListener('pointercancel', onUp);
      setDragging(null);
      if (!moved) return;
      swallowClick.current = true;
      setTimeout(() => (swallowClick.current = false), 0);
      const p = toBoard(svg, e.clientX, e.clientY);
      const goal = pointOf(hole);
      if (e.type === 'pointerup' && p && Math.hypot(p.x - goal.x, p.y - goal.y) <= PLATE_RADIUS * 1.15) onDrop(pos, p);
    };
    target.setPointerCapture?.(event.pointerId);
    target.addEventListener('pointermove', onMove);
    target.addEventListener('pointerup', onUp);
    target.addEventListener('pointercancel', onUp);
  }

  return {
    start,
    dragged: dragging,
    offset: (pos) => (dragging?.pos === pos ? dragging.offset : null),
    consumeClick() {
      const swallow = swallowClick.current;
      swallowClick.current = false;
      return swallow;
    },
  };
}
