/**
 * A build plugin that records the module graph of a build as the bundler saw it: every chunk
 * with its file, whether it is an entry, its static and dynamic imports and the source modules
 * in it. `scripts/check-budget.mjs` reads these records to tell what a page loads first and
 * which modules that pulls in. Build-time only; writes dist/.vite/graph-<name>.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The graph file of the build called `name`. */
export function graphFile(name, dist = join(root, 'dist')) {
  return join(dist, '.vite', `graph-${name}.json`);
}

/** A module id as a path from the project root (virtual modules keep their id). */
function moduleName(id) {
  const path = id.replace(/[?#].*$/, '');
  return path.startsWith(root) ? relative(root, path).split('\\').join('/') : path;
}

export function moduleGraph(name) {
  return {
    name: 'tripebble:module-graph',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle)
        .filter((output) => output.type === 'chunk')
        .map((chunk) => ({
          file: chunk.fileName,
          entry: chunk.isEntry,
          dynamicEntry: chunk.isDynamicEntry,
          imports: chunk.imports,
          dynamicImports: chunk.dynamicImports,
          modules: chunk.moduleIds.map(moduleName),
        }));
      const file = graphFile(name);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify({ name, chunks }, null, 1)}\n`);
    },
  };
}
