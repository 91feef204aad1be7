/** Games the store and UI tests share. */
import { applyMove, legalMoves } from '../../src/engine';
import { solve } from '../../src/solver';
import { NEAR } from './boards';

/** A win of NEAR whose first move is legal but not optimal, then the solver's line from there. */
export function costlyGame(): number[] {
  const slip = legalMoves(NEAR).find((m) => !solve(NEAR).hints.includes(m))!;
  return [slip, ...solve(applyMove(NEAR, slip)).line];
}
