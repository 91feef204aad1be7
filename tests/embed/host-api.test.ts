/**
 * The host API of <tripebble-board> on the real game (mount, store, fake solver) under jsdom:
 * a site owner's script moves, hints, undoes and restarts a board, reads where the pebbles are,
 * par and the result, sets a new board by property and switches the theme, while the test hooks
 * in the shadow root follow.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/dom';
import { mountBoard } from '../../src/embed/define';
import { defineTripebbleBoard } from '../../src/embed/element';
import type { TripebbleBoardElement } from '../../src/embed/tripebble-board';
import { EXAMPLE_BOARD, applyMove, holeOf } from '../../src/engine';
import { LEVELS } from '../../src/levels';
import { solve } from '../../src/solver';
import { starsFor } from '../../src/store';
import { fakeSolver } from '../support/fakeSolver';

const TAG = 'host-api-board';
defineTripebbleBoard({ mount: mountBoard, options: () => ({ connect: () => fakeSolver(), storage: null }) }, TAG);

async function board(attrs: Record<string, string>): Promise<TripebbleBoardElement> {
  const el = document.createElement(TAG) as unknown as TripebbleBoardElement;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  document.body.append(el);
  await waitFor(() => expect(el.par).not.toBeNull());
  return el;
}

const holeShown = (el: HTMLElement): string | null | undefined =>
  el.shadowRoot!.querySelector('[data-hole="true"]')?.getAttribute('data-pos');

afterEach(() => {
  document.body.replaceChildren();
});

describe('the host API on the real game', () => {
  it('moves, undoes, redoes and restarts, with the pebbles, the moves and the board on screen following', async () => {
    const el = await board(EXAMPLE_BOARD);
    const moves: unknown[] = [];
    el.addEventListener('move', (event) => moves.push(event.detail));
    expect(el.par).toBe(16);
    expect(el.move(0)).toBe(false);
    expect(el.move(3)).toBe(true);
    expect(el.pebbles).toBe(applyMove(EXAMPLE_BOARD, 3).pebbles);
    expect(el.start).toEqual(EXAMPLE_BOARD);
    expect(el.moves).toBe(1);
    expect(moves).toEqual([{ move: 3, moves: 1 }]);
    await waitFor(() => expect(holeShown(el)).toBe('3'));
    el.undo();
    expect([el.moves, el.pebbles]).toEqual([0, EXAMPLE_BOARD.pebbles]);
    el.redo();
    expect(el.moves).toBe(1);
    el.restart();
    expect([el.moves, el.pebbles]).toEqual([0, EXAMPLE_BOARD.pebbles]);
    await waitFor(() => expect(holeShown(el)).toBe('0'));
  });

  it('hints an optimal move, then where it goes, and the hinted pebble is marked', async () => {
    const el = await board(EXAMPLE_BOARD);
    const first = await el.hint();
    expect(solve(EXAMPLE_BOARD).hints).toContain(first!.from);
    expect(first!.to).toBe(0);
    await waitFor(() => expect(el.shadowRoot!.querySelector('[data-hint="true"]')?.getAttribute('data-pos')).toBe(String(first!.from)));
    await expect(el.hint()).resolves.toEqual(first);
  });

  it('plays a level to the end by hints, and reports it solved with the result', async () => {
    const level = LEVELS[0]!;
    const el = await board({ level: String(level.id) });
    expect(el.level).toBe(level.id);
    const solvedEvents: unknown[] = [];
    el.addEventListener('solved', (event) => solvedEvents.push(event.detail));
    while (!el.solved) {
      const hinted = await el.hint();
      expect(el.move(hinted!.from)).toBe(true);
    }
    expect(el.moves).toBe(level.par);
    // Every move by a hint: many hints, one star at most (the star rule, store/stars.ts).
    expect(el.result).toMatchObject({
      moves: level.par,
      par: level.par,
      stars: starsFor({ moves: level.par, par: level.par, hintsUsed: level.par, solutionShown: false }),
      hintsUsed: level.par,
    });
    expect(el.result!.stars).toBeLessThan(3);
    expect(solvedEvents).toEqual([{ moves: level.par, par: level.par }]);
    await expect(el.hint()).resolves.toBeNull();
  });

  it('starts a new board set by property, and recolours without starting one', async () => {
    const el = await board(EXAMPLE_BOARD);
    el.move(3);
    const level = LEVELS[4]!;
    el.level = level.id;
    expect(el.start).toEqual({ plates: level.plates, pebbles: level.pebbles });
    expect(el.moves).toBe(0);
    await waitFor(() => expect(holeShown(el)).toBe(String(holeOf(level))));
    el.move(el.pebbles!.indexOf('-') === 0 ? 1 : 0);
    const moves = el.moves;
    el.theme = 'dark';
    expect(el.shadowRoot!.querySelector('.tp-root')?.getAttribute('data-theme')).toBe('dark');
    expect(el.moves).toBe(moves);
  });

  it('colours the game as its theme attribute says from the first render, and the system’s by default', async () => {
    const dark = await board({ ...EXAMPLE_BOARD, theme: 'dark' });
    const plain = await board(EXAMPLE_BOARD);
    expect(dark.shadowRoot!.querySelector('.tp-root')?.getAttribute('data-theme')).toBe('dark');
    expect(plain.shadowRoot!.querySelector('.tp-root')?.getAttribute('data-theme')).toBe('auto');
  });
});
