/**
 * Text output for people: a board drawn as its triangle, and moves written as "from → to".
 * Presentation only; the facts come from the engine and the solver.
 */
import type { Board, Move } from '../engine';
import { ROWS, applyMove, holeOf, pebbleAt, positionAt, plateAt } from '../engine';
import type { SolveResult } from '../solver';

/**
 * The board as a triangle. Each position shows its pebble over its plate as "Pc" (pebble P on a
 * c plate; "-w" is the hole on a w plate), with its number after a colon.
 */
export function drawBoard(board: Board): string {
  const lines: string[] = [];
  for (let row = 0; row < ROWS; row++) {
    const cells: string[] = [];
    for (let col = 0; col <= row; col++) {
      const pos = positionAt(row, col);
      const cell = `${pebbleAt(board, pos) ?? '-'}${plateAt(board, pos).toLowerCase()}:${String(pos).padEnd(2)}`;
      cells.push(cell);
    }
    lines.push(' '.repeat((ROWS - 1 - row) * 4) + cells.join('   '));
  }
  return lines.join('\n');
}

/** A move as "B 3 → 0": the pebble's colour, where it leaves, the hole it fills. */
export function describeMove(board: Board, move: Move): string {
  return `${pebbleAt(board, move) ?? '?'} ${move} → ${holeOf(board)}`;
}

/** The human-readable answer of `tripebble solve`. */
export function describeSolution(board: Board, result: SolveResult): string {
  const out = [
    `Board   ${board.plates} / ${board.pebbles}`,
    '',
    drawBoard(board),
    '',
    '(each position: pebble, plate in lower case, :number; "-" is the hole)',
    '',
  ];
  if (result.distance === 0) {
    out.push('Already solved: 0 moves, no hints.');
    return out.join('\n') + '\n';
  }
  out.push(`Distance  ${result.distance} move${result.distance === 1 ? '' : 's'}`);
  out.push(`Hints     ${result.hints.join(', ')}   (every optimal next move, by the position of the pebble that moves)`);
  out.push('', 'One optimal solution:');
  let current = board;
  result.line.forEach((move, i) => {
    out.push(`  ${String(i + 1).padStart(2)}. ${describeMove(current, move)}`);
    current = applyMove(current, move);
  });
  return out.join('\n') + '\n';
}
