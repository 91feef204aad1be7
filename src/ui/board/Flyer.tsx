/**
 * The flyer: a layer over the board (its own compositor layer) that carries a pebble while it is
 * dragged or leaps, so that it passes above every plate and pebble it crosses. It is moved and
 * animated with transform and opacity only, by the Web Animations API, straight on the DOM: no
 * React render during a drag or a flight. A move's pebble is lifted off the board as drawn
 * before the move, and the move is drawn when it lands (ui/drawn.ts). It draws a copy of the
 * pebble it carries, on a square just large enough for one pebble and its shadow: the layer a
 * move has to paint and raster before its first frame is a pebble's, not the board's.
 */
import { memo } from 'react';
import type { Point } from '../viewModel';
import { HEIGHT, PEBBLE_RADIUS, WIDTH, pointOf } from '../viewModel';

/** How long a leap flies (ms). */
const LEAP_MS = 300;
/**
 * The side of the layer's square (board units): a pebble with its rim, check and lifted shadow.
 * Moves are fractions of it, as a translate in % is a share of the layer's own size.
 */
export const FLYER_SIDE = 2 * (PEBBLE_RADIUS + 11);
const HALF = FLYER_SIDE / 2;

/** The part of the board's drawing that the layer shows: an SVG viewBox. */
export interface ViewBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Flyer {
  readonly box: ViewBox;
  attach(layer: HTMLElement | null): void;
  /** Lifts the pebble centred at `at`, drawn by `parts` (stone and letter, data-pebble), off its plate for a drag. */
  pick(at: Point, parts: readonly SVGElement[]): void;
  /** Moves the dragged pebble `offset` board units away from its plate. */
  drag(offset: Point): void;
  /** Ends a drag; `at` (board units) is where the pebble of `pos` was let go over the hole, if it was. */
  release(pos: number, at: Point | null): void;
  /**
   * A move's pebble lifted off its plate before the move is drawn: the pebble of `leap.from` on
   * the board drawn in `board` (its parts, data-pebble), hidden there and flown to `leap.to`,
   * where it stays until the board draws the move; `land` is called then. Returns how to end the
   * flight at once (`land` is not called), or null when nothing flies (no animations, reduced
   * motion, a hidden page).
   */
  lift(board: ParentNode | null | undefined, leap: { readonly from: number; readonly to: number }, land: () => void): (() => void) | null;
}

const pct = (units: number, of: number): string => `${((units / of) * 100).toFixed(3)}%`;

const show = (parts: readonly SVGElement[], shown: boolean): void => {
  for (const part of parts) part.style.visibility = shown ? '' : 'hidden';
};

export function createFlyer(box: ViewBox = { x: 0, y: 0, width: WIDTH, height: HEIGHT }): Flyer {
  let layer: HTMLElement | null = null;
  let flight: Animation | undefined;
  /** The parts of the pebble being dragged (hidden on its plate meanwhile). */
  let source: readonly SVGElement[] = [];
  /** Where the last drag let its pebble go, and from which position: a leap from there starts there. */
  let released: { readonly pos: number; readonly at: Point } | null = null;
  let calmQuery: MediaQueryList | null | undefined;
  /** A shift in board units as a CSS translate of the layer (a share of its own side). */
  const shift = (x: number, y: number): string => `translate(${pct(x, FLYER_SIDE)}, ${pct(y, FLYER_SIDE)})`;

  /**
   * Puts a copy of a pebble's parts on the layer (drawn where they are on the board, moved to the
   * square's centre) and lays the square over the pebble centred at `at`.
   */
  function carry(at: Point, parts: readonly SVGElement[], testId: string | null): void {
    const group = layer?.firstElementChild?.firstElementChild;
    if (!layer || !group) return;
    layer.style.left = pct(at.x - HALF - box.x, box.width);
    layer.style.top = pct(at.y - HALF - box.y, box.height);
    group.setAttribute('transform', `translate(${HALF - at.x} ${HALF - at.y})`);
    if (testId) group.setAttribute('data-testid', testId);
    else group.removeAttribute('data-testid');
    group.replaceChildren(...parts.map((part) => part.cloneNode(true)));
    show(group.children as unknown as SVGElement[], true);
  }

  function place(transform: string | null): void {
    if (!layer) return;
    layer.style.transform = transform ?? '';
    layer.style.opacity = transform === null ? '' : '1';
    const group = layer.firstElementChild?.firstElementChild;
    if (transform === null && group) {
      group.replaceChildren();
      group.removeAttribute('data-testid');
    }
  }

  return {
    box,
    attach(el) {
      layer = el;
    },
    pick(at, parts) {
      flight?.cancel();
      source = parts;
      carry(at, parts, 'drag-ghost');
      show(parts, false);
      place('none');
    },
    drag(offset) {
      place(shift(offset.x, offset.y));
    },
    release(pos, at) {
      released = at && { pos, at };
      show(source, true);
      source = [];
      place(null);
    },
    lift(board, { from, to }, land) {
      const parts = [...(board?.querySelectorAll<SVGElement>(`[data-pebble="${from}"]`) ?? [])];
      const [fromPoint, toPoint] = [pointOf(from), pointOf(to)];
      // A drag's pebble starts from where it was let go.
      const start = released?.pos === from ? released.at : fromPoint;
      released = null;
      // The query is made once (its `matches` follows the setting), not on every move.
      calmQuery ??= typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;
      // A hidden page runs no animations: its moves are drawn at once.
      const page = layer?.ownerDocument;
      if (!layer || !page || page.hidden || parts.length === 0 || typeof layer.animate !== 'function' || calmQuery?.matches) return null;
      // A flight still under way ends at once: the newer one takes over.
      flight?.cancel();
      carry(fromPoint, parts, null);
      show(parts, false);
      const [sx, sy] = [start.x - fromPoint.x, start.y - fromPoint.y];
      const [dx, dy] = [toPoint.x - fromPoint.x, toPoint.y - fromPoint.y];
      // It stays over its new place (fill) until the move is drawn there.
      const current = layer.animate(
        [
          { transform: shift(sx, sy), opacity: 1 },
          { transform: `${shift((sx + dx) / 2, (sy + dy) / 2)} scale(1.28)`, opacity: 1 },
          { transform: shift(dx, dy), opacity: 1 },
        ],
        { duration: LEAP_MS, easing: 'cubic-bezier(0.3, 0.7, 0.4, 1)', fill: 'forwards' },
      );
      flight = current;
      // Nor does a page hidden during the flight, which would never finish: it lands at once.
      const doc: Document = page;
      const hidden = (): void => void (doc.hidden && landed());
      doc.addEventListener('visibilitychange', hidden);
      function end(): void {
        doc.removeEventListener('visibilitychange', hidden);
        current.oncancel = null;
        current.cancel();
        show(parts, true);
      }
      // The move is drawn in this task, so the frame that shows it is the one without the flyer.
      function landed(): void {
        land();
        end();
      }
      current.onfinish = landed;
      // A drag took the flyer: the move is drawn at once.
      current.oncancel = () => {
        end();
        land();
      };
      return end;
    },
  };
}

/** The flyer's layer over a board: rendered once, then placed and driven by its Flyer straight on the DOM. */
export const FlyerLayer = memo(function FlyerLayer(props: { flyer: Flyer }) {
  return (
    <div className="tp-flyer" ref={(el) => props.flyer.attach(el)} aria-hidden="true">
      <svg viewBox={`0 0 ${FLYER_SIDE} ${FLYER_SIDE}`}>
        <g />
      </svg>
    </div>
  );
});
