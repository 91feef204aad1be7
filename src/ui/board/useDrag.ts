/**
 * Dragging a pebble with any pointer: the flyer carries it under the pointer (straight on the DOM,
 * no render per pointer move); dropped on the hole it moves, dropped anywhere else it returns and
 * the board says why. A drag swallows the click that follows it, so a tap and a drag never both
 * count. Board-local UI state only.
 */
import { useRef } from 'react';
import type { PointerEvent, RefObject } from 'react';
import type { Point } from '../viewModel';
import { plateUnder, pointOf } from '../viewModel';
import type { Flyer } from './Flyer';

const THRESHOLD = 6;

export interface DragCallbacks {
  /** The hole now (read when a drag starts and ends). */
  hole(): number;
  /** The pebble at `pos` was let go over the hole, at `at` (board units). */
  drop(pos: number, at: Point): void;
  /** The pebble at `pos` was let go over another plate (`onto`), or off the board (null). */
  miss(pos: number, onto: number | null): void;
}

export interface DragHandle {
  start(pos: number, event: PointerEvent<SVGGElement>): void;
  /** True (once) when the click being handled ends a drag. */
  consumeClick(): boolean;
}

function toBoard(svg: SVGSVGElement, clientX: number, clientY: number): Point | null {
  const matrix = svg.getScreenCTM?.();
  if (!matrix) return null;
  const p = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
  return { x: p.x, y: p.y };
}

/** `callbacks` is read when events arrive, so the handle stays the same for the board's lifetime. */
export function useDrag(svgRef: RefObject<SVGSVGElement | null>, flyer: Flyer, callbacks: RefObject<DragCallbacks>): DragHandle {
  const handle = useRef<DragHandle | null>(null);
  handle.current ??= (() => {
    let swallowClick = false;
    return {
      start(pos, event) {
        const svg = svgRef.current;
        const parts = svg ? [...svg.querySelectorAll<SVGElement>(`[data-pebble="${pos}"]`)] : [];
        if (!svg || parts.length === 0 || event.button !== 0 || pos === callbacks.current.hole()) return;
        const target = event.currentTarget;
        const view = target.ownerDocument.defaultView ?? window;
        const [downX, downY] = [event.clientX, event.clientY];
        // Where the press was, in board units: worked out on the first move of the pointer, as
        // the board's geometry lays the page out, which a tap (no move) need not do before its paint.
        let origin: Point | null = null;
        let moved = false;
        const onMove = (e: globalThis.PointerEvent): void => {
          if (e.pointerId !== event.pointerId) return;
          origin ??= toBoard(svg, downX, downY);
          const p = toBoard(svg, e.clientX, e.clientY);
          if (!p || !origin) return;
          const offset = { x: p.x - origin.x, y: p.y - origin.y };
          if (!moved && Math.hypot(offset.x, offset.y) < THRESHOLD) return;
          if (!moved) {
            target.setPointerCapture?.(e.pointerId);
            flyer.pick(pointOf(pos), parts);
          }
          moved = true;
          flyer.drag(offset);
        };
        const onUp = (e: globalThis.PointerEvent): void => {
          if (e.pointerId !== event.pointerId) return;
          view.removeEventListener('pointermove', onMove);
          view.removeEventListener('pointerup', onUp);
          view.removeEventListener('pointercancel', onUp);
          if (!moved) return;
          swallowClick = true;
          setTimeout(() => (swallowClick = false), 0);
          const p = e.type === 'pointerup' ? toBoard(svg, e.clientX, e.clientY) : null;
          const onto = p && plateUnder(p);
          const overHole = onto !== null && onto === callbacks.current.hole();
          flyer.release(pos, overHole ? p : null);
          if (overHole) callbacks.current.drop(pos, p!);
          else if (p && onto !== pos) callbacks.current.miss(pos, onto);
        };
        // Heard on the window, where the pointer's events bubble to wherever it goes before a
        // capture (taken only when the drag starts: a tap then costs no capture and its events).
        view.addEventListener('pointermove', onMove);
        view.addEventListener('pointerup', onUp);
        view.addEventListener('pointercancel', onUp);
      },
      consumeClick() {
        const swallow = swallowClick;
        swallowClick = false;
        return swallow;
      },
    };
  })();
  return handle.current;
}
