/**
 * The exact solver: pure TypeScript over engine data, synchronous, with node allowances and a
 * stop check so every run ends. Runs in Node (CLI, tests, bench) and in the Web Worker.
 */
export type { SolveResult, SolveOptions, DistanceResult } from './types';
export { SolveCancelled } from './types';
export type { SolveProgress } from './solve';
export type { Solver } from './solve';
export { solve, solveSteps, measure, createSolver } from './solve';
export type { BoundKind } from './bound';
export { lowerBound } from './bound-of';
export type { GenerateOptions } from './generate';
export { generate, GenerateError } from './generate';
