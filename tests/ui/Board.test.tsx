/** Pointer play on the board: dragging a pebble onto the hole moves it; dropped elsewhere it stays. */
import { fireEvent } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Point } from '../../src/ui/viewModel';
import { pointOf } from '../../src/ui/viewModel';
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
  it('is drawn after every spot, so it passes over the plates it crosses', async () => {
    const game = await renderGame();
    const from = pointOf(1);
    const below = { x: from.x, y: from.y + 120 };
    const el = game.position(1);
    pointer('pointerDown', el, from);
    pointer('pointerMove', el, below);
    await settle();
    const ghost = game.view.container.querySelector('[data-testid="drag-ghost"]');
    expect(ghost).not.toBeNull();
    const svg = game.view.container.querySelector('svg')!;
    const spots = [...svg.querySelectorAll('[data-pos]')];
    expect(spots.every((spot) => spot.compareDocumentPosition(ghost!) & Node.DOCUMENT_POSITION_FOLLOWING)).toBe(true);
    expect(ghost!.getAttribute('transform')).toBe('translate(0 120)');
    pointer('pointerUp', el, below);
    await settle();
    expect(game.view.container.querySelector('[data-testid="drag-ghost"]')).toBeNull();
  });
});
