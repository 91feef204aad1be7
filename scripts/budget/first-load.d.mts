// Types of first-load.mjs, for its tests.
export interface GraphChunk {
  readonly file: string;
  readonly entry: boolean;
  readonly dynamicEntry: boolean;
  readonly imports: readonly string[];
  readonly dynamicImports: readonly string[];
  readonly modules: readonly string[];
}

export interface ModuleGraph {
  readonly name: string;
  readonly chunks: readonly GraphChunk[];
}

export function staticClosure(graph: ModuleGraph, start: readonly string[]): GraphChunk[];
export function modulesOf(chunks: readonly GraphChunk[]): string[];
export function isSolverModule(module: string): boolean;
export function isLeaderboardModule(module: string): boolean;
export function firstLoadProblems(name: string, modules: readonly string[], entryModule: string): string[];
export function workerProblems(name: string, graph: ModuleGraph): string[];
