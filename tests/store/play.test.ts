/**
 * Playing in the store: moves and refusals as notice data, undo/redo/restart through the game
 * record, the leap to animate, focus over the triangle, and the announcements' facts.
 */
import { describe, expect, it } from 'vitest';
import { EXAMPLE_BOARD, applyMoves, holeOf } from '../../src/engine';
import type { GameEvent } from '../../src/store';
import { makeStore as make } from '../support/store';

describe('moves', () => {
  it('moves a pebble into the hole, records it and announces what moved', () => {
    const events: GameEvent[] = [];
    const { game } = make({ onEvent: (e) => events.push(e) });
    expect(game().moveFrom(3)).toBe(true);
    expect(holeOf(game().game.board)).toBe(3);
    expect(game().game.past).toEqual([3]);
    expect(game().session.announcement).toEqual({
      kind: 'moved',
      how: 'move',
      from: 3,
      to: 0,
      colour: 'B',
      moves: 1,
      matched: 0,
      pebbles: 14,
    });
    expect(game().session.animation).toMatchObject({ from: 3, to: 0 });
    expect(events).toEqual([{ type: 'move', move: 3, moves: 1 }]);
  });

  it('refuses a pebble off the hole’s lines, and the hole itself, with the reason, changing nothing', () => {
    const { game } = make();
    const before = game().game;
    expect(game().moveFrom(7)).toBe(false);
    expect(game().game).toBe(before);
    expect(game().session.notice).toMatchObject({ kind: 'refused', pos: 7, reason: 'off-line' });
    expect(game().moveFrom(0)).toBe(false);
    expect(game().session.notice).toMatchObject({ kind: 'refused', pos: 0, reason: 'hole' });
  });

  it('gives every notice its own id, so a repeated refusal still counts as new', () => {
    const { game } = make();
    game().moveFrom(7);
    const first = game().session.noticeId;
    game().moveFrom(7);
    expect(game().session.noticeId).toBeGreaterThan(first);
  });

  it('undoes, redoes and restarts', () => {
    const { game } = make();
    game().moveFrom(3);
    game().moveFrom(4);
    const two = game().game.board;
    game().undo();
    expect(game().game).toMatchObject({ past: [3], future: [4] });
    expect(game().session.animation).toMatchObject({ from: 3, to: 4 });
    game().redo();
    expect(game().game.board).toEqual(two);
    game().undo();
    game().moveFrom(5);
    expect(game().game.future).toEqual([]);
    game().restart();
    expect(game().game).toMatchObject({ board: EXAMPLE_BOARD, past: [] });
    expect(game().session.announcement).toMatchObject({ kind: 'restarted' });
  });

  it('lets Redo bring back the moves that a restart (one stray R key) took away', () => {
    const { game } = make();
    for (const move of [3, 4, 5]) game().moveFrom(move);
    const after = game().game.board;
    game().restart();
    expect(game().game.past).toEqual([]);
    for (let i = 0; i < 3; i++) game().redo();
    expect(game().game).toMatchObject({ board: after, past: [3, 4, 5] });
  });

  it('keeps the board equal to the start board after the moves made, through any undo and redo', () => {
    const { game } = make();
    for (const step of ['3', '4', 'u', '5', 'u', 'u', 'r', 'r', 'R', 'r']) {
      if (step === 'u') game().undo();
      else if (step === 'r') game().redo();
      else if (step === 'R') game().restart();
      else game().moveFrom(Number(step));
      expect(game().game.board).toEqual(applyMoves(game().game.start, game().game.past));
    }
  });

  it('announces undo and redo with the pebble that moves back and forth', () => {
    const { game } = make();
    game().moveFrom(3);
    game().undo();
    expect(game().session.announcement).toMatchObject({ kind: 'moved', how: 'undo', from: 0, to: 3, colour: 'B', moves: 0 });
    game().redo();
    expect(game().session.announcement).toMatchObject({ kind: 'moved', how: 'redo', from: 3, to: 0, colour: 'B', moves: 1 });
  });

  it('keeps the game record plain data that survives JSON', () => {
    const { game } = make();
    game().moveFrom(3);
    game().moveFrom(4);
    game().undo();
    expect(JSON.parse(JSON.stringify(game().game))).toEqual(game().game);
  });
});

describe('focus', () => {
  it('moves over the triangle with arrow directions', () => {
    const { game } = make();
    game().setFocus(4);
    game().moveFocus('up');
    expect(game().session.focus).toBe(2);
    game().moveFocus('right');
    expect(game().session.focus).toBe(2);
    game().moveFocus('left');
    game().moveFocus('down');
    game().moveFocus('down');
    expect(game().session.focus).toBe(6);
  });

  it('ignores a position that is not on the board', () => {
    const { game } = make();
    game().setFocus(4);
    game().setFocus(15);
    expect(game().session.focus).toBe(4);
  });
});
