/**
 * The exact solver: pure TypeScript over engine data, synchronous, in slices with node
 * allowances and a stop check so every run ends. Runs in Node (CLI, tests, bench) and in the
 * Web Worker.
 */
export type { SolveResult, SolveOptions, SolveProgress, DistanceResult } from './types';
export { SolveCancelled } from './types';
export type { Solver } from './solve';
export { solve, solveSteps, measure, createSolver } from './solve';
export { lowerBound } from './bound-of';
export type { GenerateOptions, GenerateProblem } from './generate';
export { generate, GenerateError, MAX_GENERATED_DISTANCE } from './generate';
