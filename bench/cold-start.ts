/**
 * One cold solve in a fresh process, for the benchmark: loads the solver, solves the board given
 * as two arguments (the example board by default) and prints the times as JSON.
 */
export {};

const loading = performance.now();
const { solve } = await import('../src/solver');
const loaded = performance.now();
const [plates = 'WCBRBOGYGPCORPY', pebbles = '-PCBRYOGYGBCORP'] = process.argv.slice(2);
const result = solve({ plates, pebbles });
const solved = performance.now();
console.log(JSON.stringify({ loadMs: loaded - loading, solveMs: solved - loaded, distance: result.distance }));
