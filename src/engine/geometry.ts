/**
 * Board geometry: the 15 positions of the triangle, the straight lines through them and the
 * legal-move table derived from those lines. Pure data; must not import anything outside the engine.
 */

/** A position number 0..14, numbered row by row from the apex, left to right. */
export type Position = number;

/** Rows of the triangle, and positions on the board. */
export const ROWS = 5;
export const SIZE = (ROWS * (ROWS + 1)) / 2;

/** Every position, in order. */
export const POSITIONS: readonly Position[] = Array.from({ length: SIZE }, (_, i) => i);

/** The position at row `row`, column `col` (0 <= col <= row < 5). */
export function positionAt(row: number, col: number): Position {
  return (row * (row + 1)) / 2 + col;
}

/** Row (0 = apex) of a position. */
export function rowOf(pos: Position): number {
  let row = 0;
  while (positionAt(row + 1, 0) <= pos) row++;
  return row;
}

/** Column (0 = leftmost of its row) of a position. */
export function colOf(pos: Position): number {
  return pos - positionAt(rowOf(pos), 0);
}

/** True when `pos` is an integer position on the board. */
export function isPosition(pos: unknown): pos is Position {
  return typeof pos === 'number' && Number.isInteger(pos) && pos >= 0 && pos < SIZE;
}

function collect(pred: (row: number, col: number) => boolean): Position[] {
  return POSITIONS.filter((p) => pred(rowOf(p), colOf(p)));
}

/**
 * The straight lines of play: the rows, the two directions parallel to the sides of the
 * triangle, and the apex–base centreline (0, 4, 12). Lines of a single position are left out.
 */
export const LINES: readonly (readonly Position[])[] = (() => {
  const lines: Position[][] = [];
  for (let k = 0; k < ROWS; k++) {
    lines.push(collect((r) => r === k)); // a row
    lines.push(collect((_, c) => c === k)); // parallel to the left side
    lines.push(collect((r, c) => r - c === k)); // parallel to the right side
  }
  lines.push(collect((r, c) => 2 * c === r)); // the centreline: apex, centre, middle of the base
  return lines.filter((line) => line.length > 1);
})();

/**
 * `MOVE_TABLE[h]` lists (ascending) every position whose pebble can move into a hole at `h`:
 * the positions that share a line with `h`, at any distance.
 */
export const MOVE_TABLE: readonly (readonly Position[])[] = POSITIONS.map((h) => {
  const from = new Set<Position>();
  for (const line of LINES) {
    if (line.includes(h)) for (const p of line) if (p !== h) from.add(p);
  }
  return [...from].sort((a, b) => a - b);
});

/** True when a pebble at `from` can move into a hole at `to` (the relation is symmetric). */
export function onCommonLine(from: Position, to: Position): boolean {
  return from !== to && MOVE_TABLE[to]!.includes(from);
}

/**
 * Fewest moves a single pebble needs to get from `from` to `to` if nothing stood in its way:
 * 0 on the spot, 1 along a common line, 2 otherwise (any two positions are joined by two lines).
 */
export function lineDistance(from: Position, to: Position): 0 | 1 | 2 {
  if (from === to) return 0;
  return onCommonLine(from, to) ? 1 : 2;
}
