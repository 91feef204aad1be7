/**
 * What a page needs before its board is interactive, read from the recorded module graphs
 * (scripts/module-graph.mjs): the chunks a page loads itself and every chunk they import
 * statically, and the source modules in them. Lazy chunks (import()) and workers are not part
 * of it. Pure functions over graph data, so the budget check's logic is tested on its own.
 */

/** The chunks `start` loads before it runs, itself included, by file name. */
export function staticClosure(graph, start) {
  const byFile = new Map(graph.chunks.map((chunk) => [chunk.file, chunk]));
  const seen = new Set();
  const stack = [...start];
  while (stack.length > 0) {
    const file = stack.pop();
    if (seen.has(file)) continue;
    const chunk = byFile.get(file);
    if (!chunk) throw new Error(`${graph.name}: ${file} is loaded but is no chunk of the build`);
    seen.add(file);
    stack.push(...chunk.imports);
  }
  return [...seen].map((file) => byFile.get(file));
}

/** The source modules in some chunks. */
export function modulesOf(chunks) {
  return [...new Set(chunks.flatMap((chunk) => chunk.modules))];
}

export const isSolverModule = (module) => module.startsWith('src/solver/');

/** What only the leaderboards need (the API client, its schemas, the controller, the screens) loads later. */
const FIRST_LOAD_ONLINE = new Set(['src/ui/online/context.ts', 'src/ui/online/lazy.tsx', 'src/ui/online/online.css']);
export const isLeaderboardModule = (module) =>
  ['src/online/', 'src/store/online/', 'src/ui/online/', 'node_modules/zod/'].some((folder) => module.startsWith(folder)) &&
  !FIRST_LOAD_ONLINE.has(module);

/**
 * What is wrong with a first load: the entry module missing (the graph would prove nothing),
 * solver modules in it, which belong in the worker only, or leaderboard modules, which load
 * after the board. Empty when all is well.
 */
export function firstLoadProblems(name, modules, entryModule) {
  const problems = [];
  if (!modules.includes(entryModule)) problems.push(`${name}: its first load does not hold its entry ${entryModule}`);
  const solver = modules.filter(isSolverModule);
  if (solver.length > 0) problems.push(`${name}: the first load holds solver modules (${solver.join(', ')}); they belong in the worker`);
  const online = modules.filter(isLeaderboardModule);
  if (online.length > 0)
    problems.push(`${name}: the first load holds leaderboard modules (${online.join(', ')}); they load after the board`);
  return problems;
}

/** The worker must hold the solver, or the check above proves nothing about where it went. */
export function workerProblems(name, graph) {
  const modules = modulesOf(graph.chunks);
  return modules.some(isSolverModule) ? [] : [`${name}: no solver module in the worker build, so the solver was found nowhere`];
}
