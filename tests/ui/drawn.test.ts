/**
 * The game as drawn (ui/drawn.ts): the store's state, held back while a move's pebble flies and
 * drawn when it lands; anything else that changes the board meanwhile lands the flight at once.
 */
import { describe, expect, it } from 'vitest';
import { holeOf } from '../../src/engine';
import type { GameStore, LeapAnimation } from '../../src/store';
import { drawnGameOf } from '../../src/ui/drawn';
import { makeStore } from '../support/store';

/** A leaper that records its flights and lands them when the test says. */
function watch(store: GameStore) {
  const drawn = drawnGameOf(store);
  const flights: { leap: LeapAnimation; holeDrawn: number; land: () => void; ended: boolean }[] = [];
  drawn.setLeaper((leap, land) => {
    const flight = { leap, holeDrawn: holeOf(drawn.get().game.board), land, ended: false };
    flights.push(flight);
    return () => {
      flight.ended = true;
    };
  });
  let draws = 0;
  drawn.subscribe(() => (draws += 1));
  return { drawn, flights, draws: () => draws, hole: () => holeOf(drawn.get().game.board) };
}

describe('the game as drawn', () => {
  it('is the store’s state at once while nothing flies', () => {
    const { store, game } = makeStore();
    const drawn = drawnGameOf(store);
    expect(drawnGameOf(store)).toBe(drawn);
    game().moveFrom(3);
    expect(drawn.get()).toBe(game());
    // A leaper that flies nothing (reduced motion, no animations) draws the move at once.
    drawn.setLeaper(() => null);
    game().moveFrom(10);
    expect(drawn.get()).toBe(game());
  });

  it('draws a move when its pebble lands, with what came meanwhile', () => {
    const { store, game } = makeStore();
    const { drawn, flights, draws, hole } = watch(store);
    game().moveFrom(3);
    expect(flights.map((f) => [f.leap.from, f.leap.to, f.holeDrawn])).toEqual([[3, 0, 0]]);
    expect(hole()).toBe(0);
    expect(draws()).toBe(0);
    expect(drawn.flying()).toBe(true);
    // A refusal and a hint asked for during the flight wait for the landing too.
    game().moveFrom(14);
    game().pressHint();
    expect(draws()).toBe(0);
    flights[0]!.land();
    expect(draws()).toBe(1);
    expect(drawn.get()).toBe(game());
    expect(hole()).toBe(3);
    expect(drawn.flying()).toBe(false);
    expect(flights[0]!.ended).toBe(false);
    // A landing that comes after all changes nothing.
    flights[0]!.land();
    expect(draws()).toBe(1);
  });

  it('lands a flight at once when the board changes again, and flies the next move from the board before it', () => {
    const { store, game } = makeStore();
    const { drawn, flights, hole } = watch(store);
    game().moveFrom(3);
    game().moveFrom(10);
    expect(flights[0]!.ended).toBe(true);
    // The second flight starts over the board after the first move.
    expect(flights[1]!.holeDrawn).toBe(3);
    expect(hole()).toBe(3);
    game().undo();
    expect(flights[1]!.ended).toBe(true);
    expect(flights[2]!.leap).toMatchObject({ from: 3, to: 10 });
    expect(hole()).toBe(10);
    // The first flight's landing, long ended, draws nothing.
    flights[0]!.land();
    expect(hole()).toBe(10);
    // A restart has no leap: it is drawn at once.
    game().restart();
    expect(flights[2]!.ended).toBe(true);
    expect(drawn.get()).toBe(game());
  });

  it('draws the state at once when the board stops flying its pebbles', () => {
    const { store, game } = makeStore();
    const { drawn, flights } = watch(store);
    game().moveFrom(3);
    drawn.setLeaper(null);
    expect(flights[0]!.ended).toBe(true);
    expect(drawn.get()).toBe(game());
    game().moveFrom(10);
    expect(drawn.get()).toBe(game());
  });
});
