/** Pointer play on the board: dragging a pebble onto the hole moves it; dropped elsewhere it stays. */
import { fireEvent } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

function drag(el: Element, from: { x: number; y: number }, to: { x: number; y: number }) {
  fireEvent.pointerDown(el, { button: 0, pointerId: 1, clientX: from.x, clientY: from.y });
  fireEvent.pointerMove(el, { pointerId: 1, clientX: (from.x + to.x) / 2, clientY: (from.y + to.y) / 2 });
  fireEvent.pointerMove(el, { pointerId: 1, clientX: to.x, clientY: to.y });
  fireEvent.pointerUp(el, { pointerId: 1, clientX: to.x, clientY: to.y });
  fireEvent.click(el);
}

describe('dragging', () => {
  it('moves a pebble dropped on the hole, once', async () => {
    const game = await renderGame();
    drag(game.position(3), pointOf(3), pointOf(0));
    await settle();
    expect(game.hole()).toBe(3);
    expect(game.moves()).toBe(1);
    expect(game.state().animation).toMatchObject({ from: 3, to: 0 });
  });

  it('leaves a pebble dropped elsewhere where it was', async () => {
    const game = await renderGame();
    drag(game.position(3), pointOf(3), pointOf(7));
    await settle();
    expect(game.hole()).toBe(0);
    expect(game.moves()).toBe(0);
  });
});

describe('the dragged pebble', () => {
  it('is drawn after every spot, so it passes over the plates it crosses', async () => {
    const game = await renderGame();
    const from = pointOf(1);
    const el = game.position(1);
    fireEvent.pointerDown(el, { button: 0, pointerId: 1, clientX: from.x, clientY: from.y });
    fireEvent.pointerMove(el, { pointerId: 1, clientX: from.x, clientY: from.y + 120 });
    await settle();
    const ghost = game.view.container.querySelector('[data-testid="drag-ghost"]');
    expect(ghost).not.toBeNull();
    const svg = game.view.container.querySelector('svg')!;
    const spots = [...svg.querySelectorAll('[data-pos]')];
    expect(spots.every((spot) => spot.compareDocumentPosition(ghost!) & Node.DOCUMENT_POSITION_FOLLOWING)).toBe(true);
    expect(ghost!.getAttribute('transform')).toBe('translate(0 120)');
    fireEvent.pointerUp(el, { pointerId: 1, clientX: from.x, clientY: from.y + 120 });
    await settle();
    expect(game.view.container.querySelector('[data-testid="drag-ghost"]')).toBeNull();
  });
});
