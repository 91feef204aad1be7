/**
 * Pointer play on the board: dragging a pebble onto the hole moves it; dropped elsewhere it stays.
 * A move is drawn when its pebble lands, and anything else that changes the board lands it at once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Point } from '../../src/ui/viewModel';
import { HEIGHT, WIDTH, pointOf } from '../../src/ui/viewModel';
import { FLYER_SIDE } from '../../src/ui/board/Flyer';
import { renderGame, settle } from '../support/game';

/** jsdom has no SVG geometry: board units map 1:1 to client pixels here. */
class FakePoint {
  constructor(
    readonly x = 0,
    readonly y = 0,
  ) {}
  matrixTransform(): FakePoint {
    return this;
  }
}

/** jsdom has no PointerEvent either: a MouseEvent with a pointer id stands in. */
class FakePointerEvent extends MouseEvent {
  readonly pointerId: number;
  constructor(type: string, init: PointerEventInit = {}) {
    super(type, init);
    this.pointerId = init.pointerId ?? 1;
  }
}

const proto = SVGElement.prototype as unknown as Record<string, unknown>;
beforeEach(() => {
  (globalThis as Record<string, unknown>).DOMPoint ??= FakePoint;
  (globalThis as Record<string, unknown>).PointerEvent ??= FakePointerEvent;
  proto.getScreenCTM = () => ({ inverse: () => ({}) });
  proto.setPointerCapture = () => undefined;
});
afterEach(() => {
  delete proto.getScreenCTM;
  delete proto.setPointerCapture;
});

/** One event of the primary pointer at a point in board units. */
function pointer(type: 'pointerDown' | 'pointerMove' | 'pointerUp', el: Element, at: Point) {
  fireEvent[type](el, { button: 0, pointerId: 1, clientX: at.x, clientY: at.y });
}

function drag(el: Element, from: Point, to: Point) {
  pointer('pointerDown', el, from);
  pointer('pointerMove', el, { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 });
  pointer('pointerMove', el, to);
  pointer('pointerUp', el, to);
  fireEvent.click(el);
}

/** A game on the example board (hole at 0) after the pebble at 3 was dragged onto position `to`. */
async function dragThreeOnto(to: number) {
  const game = await renderGame();
  drag(game.position(3), pointOf(3), pointOf(to));
  await settle();
  return game;
}

describe('dragging', () => {
  it('moves a pebble dropped on the hole, once', async () => {
    const game = await dragThreeOnto(0);
    expect(game.hole()).toBe(3);
    expect(game.moves()).toBe(1);
    expect(game.state().session.animation).toMatchObject({ from: 3, to: 0 });
  });

  it('leaves a pebble dropped elsewhere where it was', async () => {
    const game = await dragThreeOnto(7);
    expect(game.hole()).toBe(0);
    expect(game.moves()).toBe(0);
  });
});

describe('the dragged pebble', () => {
  it('is carried on the flyer layer over the board, without a render per pointer move', async () => {
    const game = await renderGame();
    const from = pointOf(1);
    const below = { x: from.x, y: from.y + 120 };
    const el = game.position(1);
    const source = el.querySelector<SVGElement>('.tp-pebble')!;
    pointer('pointerDown', el, from);
    pointer('pointerMove', el, below);
    const ghost = game.view.container.querySelector('[data-testid="drag-ghost"]');
    expect(ghost).not.toBeNull();
    const layer = game.view.container.querySelector<HTMLElement>('.tp-flyer')!;
    expect(layer.contains(ghost)).toBe(true);
    // The layer comes after the board's drawing, so it is painted over every plate and pebble.
    const svg = game.view.container.querySelector('svg.tp-board')!;
    expect(svg.compareDocumentPosition(layer) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // The layer is a square of FLYER_SIDE board units over the pebble (its size in board.css); 120
    // board units down is 120/FLYER_SIDE of its height.
    const at = pointOf(1);
    expect(parseFloat(layer.style.left)).toBeCloseTo(((at.x - FLYER_SIDE / 2) / WIDTH) * 100, 2);
    expect(layer.style.transform).toBe(`translate(0.000%, ${((120 / FLYER_SIDE) * 100).toFixed(3)}%)`);
    expect(source.style.visibility).toBe('hidden');
    pointer('pointerUp', el, below);
    await settle();
    expect(game.view.container.querySelector('[data-testid="drag-ghost"]')).toBeNull();
    expect(source.style.visibility).toBe('');
  });
});

describe('a drop that misses the hole', () => {
  it('says where the pebble should go, when it could have moved', async () => {
    const game = await dragThreeOnto(7);
    expect(game.state().session.notice).toEqual({ kind: 'missed-drop', pos: 3, onto: 7, hole: 0 });
    expect(await game.message()).not.toBe('');
  });

  it('says why the pebble cannot move at all, when it cannot', async () => {
    const game = await renderGame();
    drag(game.position(7), pointOf(7), pointOf(8));
    await settle();
    expect(game.moves()).toBe(0);
    expect(game.state().session.notice).toEqual({ kind: 'refused', pos: 7, reason: 'off-line' });
  });

  it('says nothing when the pebble is put back on its own plate', async () => {
    const game = await renderGame();
    drag(game.position(3), pointOf(3), { x: pointOf(3).x + 8, y: pointOf(3).y });
    await settle();
    expect(game.state().session.notice).toBeNull();
  });
});

describe('the flyer layer', () => {
  it('is sized in the stylesheets as a square of FLYER_SIDE board units, on the board and on the guide’s boards', () => {
    const css = (path: string) => readFileSync(join(process.cwd(), 'src/ui', path), 'utf8');
    expect(css('board.css')).toContain(`width: calc(${FLYER_SIDE} / ${WIDTH} * 100%);`);
    expect(css('board.css')).toContain(`height: calc(${FLYER_SIDE} / ${HEIGHT} * 100%);`);
    expect(css('app/app.css')).toContain(`width: calc(${FLYER_SIDE} / 318 * 100%);`);
    expect(css('app/app.css')).toContain(`height: calc(${FLYER_SIDE} / 290 * 100%);`);
  });
});

describe('a move in flight', () => {
  /** Element.animate as a browser has it (jsdom has none): each flight held until the test lands it. */
  type HeldFlight = { onfinish: (() => void) | null; oncancel: (() => void) | null; cancelled: boolean };
  const flights: HeldFlight[] = [];
  const element = HTMLElement.prototype as unknown as Record<string, unknown>;
  beforeEach(() => {
    flights.length = 0;
    element.animate = () => {
      const flight = {
        onfinish: null as (() => void) | null,
        oncancel: null as (() => void) | null,
        cancelled: false,
        cancel() {
          flight.cancelled = true;
          flight.oncancel?.();
        },
      };
      flights.push(flight);
      return flight;
    };
  });
  afterEach(() => {
    delete element.animate;
  });
  const hidden = (root: HTMLElement) =>
    [...root.querySelectorAll<SVGElement>('[data-pebble]')].filter((p) => p.style.visibility === 'hidden');
  const holeDrawn = (root: HTMLElement) => root.querySelector('[data-hole]')?.getAttribute('data-pos');

  it('is drawn when its pebble lands: until then the board, the counter and Undo’s place stay as they were', async () => {
    const game = await renderGame();
    const root = game.view.container;
    await game.clickPosition(3);
    expect(game.state().game.past).toEqual([3]);
    expect(flights).toHaveLength(1);
    expect(holeDrawn(root)).toBe('0');
    expect(hidden(root).map((p) => p.getAttribute('data-pebble'))).toEqual(['3', '3']);
    expect(root.querySelector('[data-testid="moves"]')).toHaveTextContent('0');
    // Input acts on the game now: Undo can be pressed while the pebble flies.
    expect(screen.getByRole('button', { name: /undo/i })).toBeEnabled();
    act(() => flights[0]!.onfinish!());
    expect(holeDrawn(root)).toBe('3');
    expect(hidden(root)).toEqual([]);
    expect(root.querySelector('[data-testid="moves"]')).toHaveTextContent('1');
  });

  it('lands at once when the board changes again, and the next move flies from the board before it', async () => {
    const game = await renderGame();
    const root = game.view.container;
    await game.clickPosition(3);
    await game.clickPosition(10);
    expect(flights[0]!.cancelled).toBe(true);
    // The board after the first move is drawn, with the second move's pebble lifted off it.
    expect(holeDrawn(root)).toBe('3');
    expect(hidden(root).map((p) => p.getAttribute('data-pebble'))).toEqual(['10', '10']);
    // Undo takes the pebble now at 3 back to 10, from the board after the second move.
    await game.press(/undo/i);
    expect(flights[1]!.cancelled).toBe(true);
    expect(holeDrawn(root)).toBe('10');
    expect(hidden(root).map((p) => p.getAttribute('data-pebble'))).toEqual(['3', '3']);
    act(() => flights[2]!.onfinish!());
    expect(holeDrawn(root)).toBe('3');
    expect(game.state().game.past).toEqual([3]);
    expect(hidden(root)).toEqual([]);
  });

  it('lands at once when a key is pressed on the board: the keys act from the focus ring as drawn', async () => {
    const game = await renderGame();
    const root = game.view.container;
    act(() => game.position(3).focus());
    fireEvent.keyDown(game.position(3), { key: 'Enter' });
    expect(holeDrawn(root)).toBe('0');
    // The ring is drawn on the moved pebble, at 0, before the arrow takes it down to 1.
    act(() => void fireEvent.keyDown(game.position(3), { key: 'ArrowDown' }));
    expect(flights[0]!.cancelled).toBe(true);
    expect(holeDrawn(root)).toBe('3');
    expect(game.state().session.focus).toBe(1);
    expect(game.position(1)).toHaveAttribute('tabindex', '0');
  });

  it('lands when the page is hidden (a hidden page runs no animations), and a hidden page’s moves do not fly', async () => {
    const game = await renderGame();
    const root = game.view.container;
    await game.clickPosition(3);
    Object.defineProperty(document, 'hidden', { value: true, configurable: true });
    try {
      act(() => void document.dispatchEvent(new Event('visibilitychange')));
      expect(flights[0]!.cancelled).toBe(true);
      expect(holeDrawn(root)).toBe('3');
      act(() => void game.state().moveFrom(10));
      expect(flights).toHaveLength(1);
      expect(holeDrawn(root)).toBe('10');
    } finally {
      delete (document as { hidden?: boolean }).hidden;
    }
  });

  it('flies a move made in the same moment as a restart from the board the restart drew', async () => {
    const game = await renderGame();
    const root = game.view.container;
    await game.clickPosition(3);
    act(() => flights[0]!.onfinish!());
    // Position 3 is the hole as drawn; after the restart it holds the pebble that moves.
    act(() => {
      game.state().restart();
      game.state().moveFrom(3);
    });
    expect(flights).toHaveLength(2);
    expect(holeDrawn(root)).toBe('0');
    expect(hidden(root).map((p) => p.getAttribute('data-pebble'))).toEqual(['3', '3']);
  });
});
