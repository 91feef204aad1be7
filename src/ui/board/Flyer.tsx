/**
 * The flyer: a layer over the board (its own compositor layer) that carries a pebble while it is
 * dragged or leaps, so that it passes above every plate and pebble it crosses. It is moved and
 * animated with transform and opacity only, by the Web Animations API, straight on the DOM: no
 * React render during a drag or a flight. It draws a copy of the pebble it carries.
 */
import { memo } from 'react';
import type { Point } from '../viewModel';
import { HEIGHT, WIDTH } from '../viewModel';

const LEAP_MS = 300;

/** The part of the board's drawing that the layer shows: an SVG viewBox. */
export interface ViewBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const pct = (units: number, of: number): string => `${((units / of) * 100).toFixed(3)}%`;

export const prefersLessMotion = (): boolean => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export class Flyer {
  readonly box: ViewBox;
  #layer: HTMLElement | null = null;
  #flight: Animation | null = null;
  /** The parts of the pebble being dragged (hidden on its plate meanwhile). */
  #source: readonly SVGElement[] = [];
  /** Where the last drag let its pebble go, and from which position: a leap from there starts there. */
  #released: { readonly pos: number; readonly at: Point } | null = null;

  constructor(box: ViewBox = { x: 0, y: 0, width: WIDTH, height: HEIGHT }) {
    this.box = box;
  }

  /** A shift in board units as a CSS translate of the layer (which has the board's box). */
  #shift(x: number, y: number): string {
    return `translate(${pct(x, this.box.width)}, ${pct(y, this.box.height)})`;
  }

  attach(layer: HTMLElement | null): void {
    this.#layer = layer;
  }

  /** Lifts a pebble, drawn by `parts` (stone and letter, data-pebble), off its plate for a drag. */
  pick(parts: readonly SVGElement[]): void {
    this.#stop();
    this.#source = parts;
    this.#carry(parts, 'drag-ghost');
    for (const part of parts) part.style.visibility = 'hidden';
    this.#show('none');
  }

  /** Moves the dragged pebble `offset` board units away from its plate. */
  drag(offset: Point): void {
    this.#show(this.#shift(offset.x, offset.y));
  }

  /** Ends a drag; `at` (board units) is where the pebble of `pos` was let go over the hole, if it was. */
  release(pos: number, at: Point | null): void {
    this.#released = at && { pos, at };
    for (const part of this.#source) part.style.removeProperty('visibility');
    this.#source = [];
    this.#hide();
  }

  /**
   * A pebble's leap from position `from` (centre `fromPoint`) to `toPoint`, drawn as `landing`
   * (the parts of the pebble now there), which stay hidden until the flyer lands.
   */
  leap(from: number, fromPoint: Point, toPoint: Point, landing: readonly SVGElement[]): void {
    const released = this.#released;
    this.#released = null;
    const layer = this.#layer;
    if (!layer || landing.length === 0 || typeof layer.animate !== 'function' || prefersLessMotion()) return;
    this.#stop();
    const start = released?.pos === from ? released.at : fromPoint;
    this.#carry(landing, null);
    for (const part of landing) part.style.visibility = 'hidden';
    layer.style.transformOrigin = `${pct(toPoint.x - this.box.x, this.box.width)} ${pct(toPoint.y - this.box.y, this.box.height)}`;
    const dx = start.x - toPoint.x;
    const dy = start.y - toPoint.y;
    const flight = layer.animate(
      [
        { transform: this.#shift(dx, dy), opacity: 1 },
        { transform: `${this.#shift(dx / 2, dy / 2)} scale(1.28)`, opacity: 1 },
        { transform: 'none', opacity: 1 },
      ],
      { duration: LEAP_MS, easing: 'cubic-bezier(0.3, 0.7, 0.4, 1)' },
    );
    const landed = (): void => {
      for (const part of landing) part.style.removeProperty('visibility');
      if (this.#flight === flight) this.#flight = null;
    };
    flight.onfinish = landed;
    flight.oncancel = landed;
    this.#flight = flight;
  }

  /** A flight still under way ends at once (a newer move or drag takes over). */
  #stop(): void {
    this.#flight?.cancel();
    this.#flight = null;
  }

  /** Puts a copy of a pebble's parts on the layer (drawn where they are on the board). */
  #carry(parts: readonly SVGElement[], testId: string | null): void {
    const svg = this.#layer?.firstElementChild;
    if (!svg) return;
    const group = document.createElementNS('http://www.w3.org/2000/svg', 'g');
    group.setAttribute('class', 'tp-carried');
    if (testId) group.setAttribute('data-testid', testId);
    for (const part of parts) {
      const copy = part.cloneNode(true) as SVGElement;
      copy.style.removeProperty('visibility');
      group.append(copy);
    }
    svg.replaceChildren(group);
  }

  #show(transform: string): void {
    if (!this.#layer) return;
    this.#layer.style.transform = transform;
    this.#layer.style.opacity = '1';
  }

  #hide(): void {
    if (!this.#layer) return;
    this.#layer.style.removeProperty('transform');
    this.#layer.style.removeProperty('opacity');
    this.#layer.firstElementChild?.replaceChildren();
  }
}

/** The flyer's layer over a board: rendered once, then driven by its Flyer straight on the DOM. */
export const FlyerLayer = memo(function FlyerLayer(props: { flyer: Flyer }) {
  const { x, y, width, height } = props.flyer.box;
  return (
    <div className="tp-flyer" ref={(el) => props.flyer.attach(el)} aria-hidden="true">
      <svg viewBox={`${x} ${y} ${width} ${height}`} />
    </div>
  );
});
