/**
 * What the board shows besides colours: a rim on each pebble that can move, a check on each
 * matched pebble, the hole as an empty well, the line from a pointed-at or focused pebble to the
 * hole; Hint off while the solution plays; the usual editing keys for undo and redo.
 */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { afterPaint } from '../../src/ui/afterPaint';
import { PEBBLE_RADIUS, pointOf } from '../../src/ui/viewModel';
import { NEAR } from '../support/boards';
import { renderGame, settle } from '../support/game';

describe('cues on the board', () => {
  it('marks the pebbles that can move with a rim, not by colour alone', async () => {
    const game = await renderGame();
    for (let pos = 0; pos < 15; pos++) {
      const spot = game.position(pos);
      const movable = spot.getAttribute('data-movable') === 'true';
      expect(spot.querySelector('.tp-rim') !== null).toBe(movable);
    }
    expect(game.position(3).querySelector('.tp-rim')).not.toBeNull();
    expect(game.position(7).querySelector('.tp-rim')).toBeNull();
  });

  it('marks each matched pebble with a check, and only those', async () => {
    const game = await renderGame({ board: NEAR });
    const board = game.state().game.board;
    for (let pos = 0; pos < 15; pos++) {
      const matched = board.pebbles[pos] === board.plates[pos];
      expect(game.position(pos).querySelector('.tp-check') !== null).toBe(matched);
    }
  });

  it('draws the hole as an empty well: no stone and no pebble letter in it', async () => {
    const game = await renderGame();
    const hole = game.position(game.hole());
    expect(hole.querySelector('.tp-well')).not.toBeNull();
    expect(hole.querySelector('.tp-stone')).toBeNull();
    expect(game.view.container.querySelector(`[data-pebble="${game.hole()}"]`)).toBeNull();
    expect(game.position(3).querySelector('.tp-well')).toBeNull();
  });

  it('draws the line to the hole for the pebble pointed at or focused, one at a time, once the frame is painted', async () => {
    const game = await renderGame();
    const shown = () => [...game.view.container.querySelectorAll('.tp-path[data-from]')].map((p) => p.getAttribute('data-from'));
    const ends = () =>
      [...game.view.container.querySelectorAll('.tp-path line')].map((l) => ['x1', 'y1', 'x2', 'y2'].map((a) => Number(l.getAttribute(a))));
    expect(shown()).toEqual([]);
    fireEvent.pointerOver(game.position(3).querySelector('.tp-stone')!);
    // Not in the pointer's own moment (a tap moves the pebble in it), but once the frame is painted.
    expect(shown()).toEqual([]);
    await waitFor(() => expect(shown()).toEqual(['3']));
    // From the pebble at 3 towards the hole at 0 (straight up the left edge), short of both stones.
    const [from, hole] = [pointOf(3), pointOf(0)];
    for (const [x1, y1, x2, y2] of ends()) {
      expect(Math.hypot(x1! - from.x, y1! - from.y)).toBeCloseTo(PEBBLE_RADIUS + 3);
      expect(Math.hypot(x2! - hole.x, y2! - hole.y)).toBeCloseTo(PEBBLE_RADIUS + 3);
      expect((x2! - x1!) * (hole.y - from.y)).toBeCloseTo((y2! - y1!) * (hole.x - from.x));
    }
    fireEvent.pointerOver(game.position(10));
    await waitFor(() => expect(shown()).toEqual(['10']));
    // A pebble that cannot move has no line.
    fireEvent.pointerOver(game.position(7));
    await waitFor(() => expect(shown()).toEqual([]));
    // Pointed at and then left within one frame: no line is drawn at all.
    fireEvent.pointerOver(game.position(3));
    fireEvent.pointerLeave(game.view.container.querySelector('svg.tp-board')!);
    await settle();
    await new Promise<void>((r) => afterPaint(r));
    expect(shown()).toEqual([]);
    game.position(4).focus();
    await waitFor(() => expect(shown()).toEqual(['4']));
    game.position(4).blur();
    await waitFor(() => expect(shown()).toEqual([]));
  });

  it('draws the line again for the board after a move, for a pointer that stayed', async () => {
    const game = await renderGame();
    const shown = () => [...game.view.container.querySelectorAll('.tp-path[data-from]')].map((p) => p.getAttribute('data-from'));
    fireEvent.pointerOver(game.position(3));
    await waitFor(() => expect(shown()).toEqual(['3']));
    // 3 moves into the hole at 0: the pointer is now over the hole, which draws no line.
    act(() => game.state().moveFrom(3));
    await waitFor(() => expect(shown()).toEqual([]));
  });
});

describe('while the solution plays', () => {
  it('turns Hint off, by button and by key', async () => {
    const game = await renderGame({ board: NEAR, props: { controls: ['hint', 'solution'] } });
    game.store.setState((s) => ({ session: { ...s.session, playing: true } }));
    await settle();
    expect(screen.getByRole('button', { name: 'Hint' })).toBeDisabled();
    game.state().pressHint();
    expect(game.state().session.hintStage).toBe(0);
    expect(game.state().game.hintsUsed).toBe(0);
  });
});

describe('editing keys', () => {
  it('undoes with Ctrl+Z or Cmd+Z and redoes with Ctrl+Y, Ctrl+Shift+Z or Cmd+Shift+Z', async () => {
    const game = await renderGame();
    await game.clickPosition(3);
    await game.clickPosition(4);
    game.position(game.hole()).focus();
    for (const [keys, moves] of [
      ['{Control>}z{/Control}', 1],
      ['{Meta>}z{/Meta}', 0],
      ['{Control>}y{/Control}', 1],
      ['{Control>}{Shift>}z{/Shift}{/Control}', 2],
      ['{Meta>}z{/Meta}', 1],
      ['{Meta>}{Shift>}Z{/Shift}{/Meta}', 2],
    ] as const) {
      await game.key(keys);
      expect(game.moves()).toBe(moves);
    }
  });

  it('leaves other Ctrl keys to the browser', async () => {
    const game = await renderGame();
    await game.clickPosition(3);
    await game.key('{Control>}r{/Control}');
    expect(game.moves()).toBe(1);
  });
});
