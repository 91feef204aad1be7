/**
 * The solver's public data: what a solve returns, what it reports while it runs, and the options
 * that bound it. Plain serialisable objects, so results and progress cross the worker boundary
 * unchanged.
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

/** Where a running solve is: reported between slices of search, a few thousand nodes apart. */
export interface SolveProgress {
  /** Looking for the distance, or testing next moves once the distance is known. */
  readonly phase: 'distance' | 'hints';
  /** Nodes expanded so far. */
  readonly nodes: number;
  /** Proven so far: the board needs at least this many moves (the distance, once known). */
  readonly atLeast: number;
  /** Optimal next moves proven so far, ascending (empty while the distance is sought). */
  readonly hints: readonly Move[];
}

/** How a caller bounds and follows a solve. */
export interface SolveOptions {
  /** Polled between slices of search; when it returns true the solve stops with a SolveCancelled. */
  readonly shouldStop?: () => boolean;
  /** The most nodes the whole solve may expand before it stops with a SolveCancelled. */
  readonly maxNodes?: number;
  /** Called between slices of search with where the solve is. */
  readonly onProgress?: (progress: SolveProgress) => void;
}

/** Thrown by a solve that was cancelled (by `shouldStop`) or ran out of its node allowance. */
export class SolveCancelled extends Error {
  constructor(readonly reason: 'cancelled' | 'node-limit') {
    super(reason === 'cancelled' ? 'solve cancelled' : 'solve ran out of its node allowance');
    this.name = 'SolveCancelled';
  }
}
