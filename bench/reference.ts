/**
 * The reference solver, for benchmark ratios only: an exact solver as a static binary outside
 * the repository (../shared/tools/ref-solver from the repository root, or the path in
 * TRIPEBBLE_REF_SOLVER). Nothing else in the project needs it; when it is missing the bench
 * says so and prints this solver's numbers alone.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Board } from '../src/engine';
import { oddCountColour } from '../src/engine';

/** Where the reference solver is looked for. */
export const referencePath: string =
  process.env['TRIPEBBLE_REF_SOLVER'] ?? fileURLToPath(new URL('../../shared/tools/ref-solver', import.meta.url));

/** Whether the reference solver is there and runnable. */
export function referenceAvailable(): boolean {
  try {
    accessSync(referencePath, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** What the reference solver answered for one board, and its own time for it. */
export interface ReferenceAnswer {
  readonly distance: number;
  readonly hints: string;
  readonly nodes: number;
  readonly ms: number;
}

/**
 * Whether the reference solver supports a board: seven colours of two plates and one colour of
 * one plate, which holds the spare (the hole ends on it).
 */
export function referenceSupports(board: Board): boolean {
  const counts = new Map<string, number>();
  for (const c of board.plates) counts.set(c, (counts.get(c) ?? 0) + 1);
  const sizes = [...counts.values()].sort();
  const odd = oddCountColour(board.plates);
  return sizes.join() === '1,2,2,2,2,2,2,2' && odd !== null && !board.pebbles.includes(odd);
}

/**
 * Solves `boards` in one run of the reference solver, after `warmUp` boards whose answers are
 * dropped (its first boards include its own warm-up). Gives up after `timeoutMs`.
 */
export function referenceSolve(boards: readonly Board[], warmUp: readonly Board[], timeoutMs = 600_000): ReferenceAnswer[] {
  const input = [...warmUp, ...boards].map((b) => `${b.plates} ${b.pebbles}\n`).join('');
  const output = execFileSync(referencePath, { input, timeout: timeoutMs, maxBuffer: 64 << 20 }).toString();
  return output
    .trim()
    .split('\n')
    .slice(warmUp.length)
    .map((line) => {
      const [, , distance, hints, nodes, micros] = line.split(' ');
      return { distance: Number(distance), hints: hints === 'none' ? '' : hints!, nodes: Number(nodes), ms: Number(micros) / 1000 };
    });
}
