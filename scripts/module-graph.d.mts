// Types of module-graph.mjs, for vite.config.ts.
import type { Plugin } from 'vite';

export function graphFile(name: string, dist?: string): string;
export function moduleGraph(name: string): Plugin;
