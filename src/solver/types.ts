/**
 * The solver's public data: what a solve returns and the options that bound it. Plain
 * serialisable objects, so results cross the worker boundary unchanged.
 */
import type { Move } from '../engine';

/** The answer of a full solve. */
export interface SolveResult {
  /** Fewest moves from the board to solved. */
  readonly distance: number;
  /** Every optimal next move (source positions), ascending; empty when solved. */
  readonly hints: readonly Move[];
  /** One optimal sequence of moves from the board to solved (`distance` long). */
  readonly line: readonly Move[];
  /** Search nodes expanded, over both search directions. */
  readonly nodes: number;
}

/** A solve without the hint set: the distance and one optimal line. */
export interface DistanceResult {
  readonly distance: number;
  readonly line: readonly Move[];
  readonly nodes: number;
}

/** How a caller bounds and follows a solve. */
export interface SolveOptions {
  /** Called once, with the first move proven optimal, before the complete hint set is known. */
  readonly onFirstHint?: (move: Move, distance: number) => void;
  /** Polled during the search; when it returns true the solve stops with a SolveCancelled. */
  readonly shouldStop?: () => boolean;
  /** The most nodes the whole solve may expand before it stops with a SolveCancelled. */
  readonly maxNodes?: number;
}

/** Thrown by a solve that was cancelled (by `shouldStop`) or ran out of its node allowance. */
export class SolveCancelled extends Error {
  constructor(readonly reason: 'cancelled' | 'node-limit') {
    super(reason === 'cancelled' ? 'solve cancelled' : 'solve ran out of its node allowance');
    this.name = 'SolveCancelled';
  }
}
