/** The view-model adapter and palettes: geometry, marks, labels and hint marks from game state. */
import { describe, expect, it } from 'vitest';
import { EXAMPLE_BOARD } from '../../src/engine';
import { PALETTES, swatchOf } from '../../src/ui/palette';
import type { ViewInput } from '../../src/ui/viewModel';
import { PLATE_RADIUS, boardView, pointOf } from '../../src/ui/viewModel';

const base: ViewInput = {
  board: EXAMPLE_BOARD,
  analysis: null,
  hintMove: null,
  hintStage: 0,
  showAll: false,
  palette: 'default',
  won: false,
};

describe('boardView', () => {
  it('lays the 15 positions out as a triangle without overlaps', () => {
    const points = Array.from({ length: 15 }, (_, i) => pointOf(i));
    for (let a = 0; a < 15; a++) {
      for (let b = a + 1; b < 15; b++) {
        expect(Math.hypot(points[a]!.x - points[b]!.x, points[a]!.y - points[b]!.y)).toBeGreaterThan(2 * PLATE_RADIUS);
      }
    }
    expect(points[0]!.x).toBeCloseTo(points[4]!.x);
    expect(points[4]!.x).toBeCloseTo(points[12]!.x);
  });

  it('marks the hole, movable pebbles and counts', () => {
    const view = boardView(base);
    expect(view.hole).toBe(0);
    expect(view.spots.filter((s) => s.movable).map((s) => s.pos)).toEqual([1, 2, 3, 4, 5, 6, 9, 10, 12, 14]);
    expect(view.total).toBe(14);
    expect(view.arrow).toBeNull();
  });

  it('shows one hinted pebble, then the arrow; or every optimal move with showAll', () => {
    const analysis = { distance: 16, hints: [3, 4, 10], line: [], nodes: 0 };
    expect(
      boardView({ ...base, analysis, hintMove: 4, hintStage: 1 })
        .spots.filter((s) => s.hinted)
        .map((s) => s.pos),
    ).toEqual([4]);
    expect(boardView({ ...base, analysis, hintMove: 4, hintStage: 2 }).arrow).toEqual({ from: pointOf(4), to: pointOf(0) });
    const all = boardView({ ...base, analysis, showAll: true });
    expect(all.spots.filter((s) => s.hinted).map((s) => s.pos)).toEqual([3, 4, 10]);
  });

  it('moves and hints nothing once the game is won', () => {
    const analysis = { distance: 16, hints: [3, 4, 10], line: [], nodes: 0 };
    const won = boardView({ ...base, analysis, hintMove: 4, hintStage: 2, showAll: true, won: true });
    expect(won.spots.filter((s) => s.movable || s.hinted)).toEqual([]);
    expect(won.arrow).toBeNull();
  });

  it('gives every spot a spoken label', () => {
    expect(boardView(base).spots[0]!.label).toMatch(/hole/);
  });
});

describe('palettes', () => {
  it.each(PALETTES)('%s gives every standard colour its own fill and a readable mark', (palette) => {
    const fills = [...'BCGOPRYW'].map((c) => swatchOf(c, palette).fill);
    expect(new Set(fills).size).toBe(8);
    for (const c of 'BCGOPRYW') expect(['#111111', '#ffffff']).toContain(swatchOf(c, palette).ink);
  });

  it('invents distinct colours for other letters', () => {
    expect(swatchOf('Q', 'default').fill).not.toBe(swatchOf('X', 'default').fill);
  });
});
