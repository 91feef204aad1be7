/**
 * `npm run build`: one command, three Vite builds into dist/.
 *   1. the embed's solver worker as one classic script (embed-worker-HASH.js),
 *   2. dist/embed.js, one classic script that knows the worker's file name,
 *   3. the app (vite.config.ts) last, so its service worker precaches 1 and 2 as well.
 * The app's own worker chunk comes from step 3 (src/app/main.tsx names it); embed.js starts the
 * worker of step 1 instead, so it carries no worker of its own. The solver is in no main-thread file.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { moduleGraph } from './module-graph.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = 'dist';
const production = { 'process.env.NODE_ENV': JSON.stringify('production') };

/** Shared options of the two library builds (lib mode keeps process.env unless defined). */
function libBuild(entry, name, fileName, extra = {}) {
  return build({
    configFile: false,
    root,
    logLevel: 'warn',
    define: { ...production, ...extra.define },
    plugins: extra.plugins ?? [],
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      target: 'es2022',
      minify: true,
      lib: { entry, formats: ['iife'], name, fileName: () => fileName },
    },
  });
}

/**
 * embed.js is one classic script, so nothing in it can load later: its lazy imports (the
 * settings panel) become plain imports, which spares the bundler's lazy-evaluation wrappers
 * around every module they reach. Only relative `import('./…')` in the project's own code.
 */
function eagerImports() {
  const sources = fileURLToPath(new URL('../src/', import.meta.url));
  return {
    name: 'tripebble:eager-imports',
    transform(code, id) {
      if (!id.startsWith(sources) || !code.includes('import(')) return null;
      const hoisted = [];
      const eager = code.replace(/\bimport\((['"])(\.{1,2}\/[^'"]+)\1\)/g, (_, quote, path) => {
        const name = `__eager${hoisted.length}`;
        hoisted.push(`import * as ${name} from ${quote}${path}${quote};`);
        return `Promise.resolve(${name})`;
      });
      return hoisted.length === 0 ? null : { code: `${hoisted.join('\n')}\n${eager}`, map: null };
    },
  };
}

rmSync(new URL(`../${outDir}`, import.meta.url), { recursive: true, force: true });

await libBuild('src/worker/solver.worker.ts', 'tripebbleSolverWorker', 'embed-worker.js', { plugins: [moduleGraph('embed-worker')] });
const workerPath = `${root}/${outDir}/embed-worker.js`;
const hash = createHash('sha256').update(readFileSync(workerPath)).digest('hex').slice(0, 10);
const workerFile = `embed-worker-${hash}.js`;
renameSync(workerPath, `${root}/${outDir}/${workerFile}`);

await libBuild('src/embed/entry.ts', 'tripebbleEmbed', 'embed.js', {
  plugins: [react(), eagerImports(), moduleGraph('embed')],
  define: { __TRIPEBBLE_EMBED_WORKER__: JSON.stringify(workerFile) },
});

await build({ root, configFile: `${root}/vite.config.ts`, build: { emptyOutDir: false } });
