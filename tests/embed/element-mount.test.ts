/**
 * <tripebble-board> with the real mount() and a fake solver under jsdom: the game renders in the
 * shadow root with the test hooks, and a click there reaches the host page as a `move` event.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/dom';
import { defineTripebbleBoard } from '../../src/embed/element';
import { mount } from '../../src/embed/mount';
import { EXAMPLE_BOARD } from '../../src/engine';
import { fakeSolver } from '../support/fakeSolver';

defineTripebbleBoard({ mount, options: () => ({ connect: () => fakeSolver(), storage: null }) }, 'real-test-board');

afterEach(() => {
  document.body.replaceChildren();
});

describe('<tripebble-board> with the real game', () => {
  it('renders the board in its shadow root and reports a move', async () => {
    const el = document.createElement('real-test-board');
    el.setAttribute('plates', EXAMPLE_BOARD.plates);
    el.setAttribute('pebbles', EXAMPLE_BOARD.pebbles);
    const moves: unknown[] = [];
    document.addEventListener('move', (e) => moves.push((e as CustomEvent).detail));
    document.body.append(el);

    const root = el.shadowRoot!;
    await waitFor(() => expect(root.querySelectorAll('[data-pos]')).toHaveLength(15));
    expect(root.querySelector('[data-hole="true"]')?.getAttribute('data-pos')).toBe('0');
    expect(document.querySelectorAll('[data-pos]')).toHaveLength(0);

    root.querySelector<HTMLElement>('[data-pos="3"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await waitFor(() => expect(moves).toEqual([{ move: 3, moves: 1 }]));
    await waitFor(() => expect(root.querySelector('[data-hole="true"]')?.getAttribute('data-pos')).toBe('3'));
    el.remove();
  });

  it('gives every board on a page its own accessible name, or the one its label attribute says', async () => {
    const [first, second] = [0, 1].map(() => {
      const el = document.createElement('real-test-board');
      el.setAttribute('level', '1');
      document.body.append(el);
      return el;
    });
    second!.setAttribute('label', 'Puzzle of the week');
    const nameOf = (el: Element | undefined) => el!.shadowRoot!.querySelector('section')?.getAttribute('aria-label');
    await waitFor(() => expect(nameOf(second)).toBe('Puzzle of the week'));
    await waitFor(() => expect(nameOf(first)).toMatch(/^Tripebble puzzle \d+$/));
  });
});
