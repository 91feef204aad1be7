/**
 * `npm run build`: one command, three Vite builds into dist/.
 *   1. the embed's solver worker as one classic script (embed-worker-HASH.js),
 *   2. dist/embed.js, one classic script that knows the worker's file name,
 *   3. the app (vite.config.ts) last, so its service worker precaches 1 and 2 as well.
 * The app's own worker chunk comes from step 3; the solver is in no main-thread file.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = 'dist';
const production = { 'process.env.NODE_ENV': JSON.stringify('production') };

/**
 * The embed passes its own createWorker to every board, so the client's default
 * `new Worker(new URL(…, import.meta.url))` is dead code there; left in, Vite would emit a second
 * copy of the solver and warn about import.meta in a classic script.
 */
const noDefaultWorker = {
  name: 'tripebble:no-default-worker',
  enforce: 'pre',
  transform(code, id) {
    if (!id.includes('/src/')) return null;
    const pattern = /new\s+Worker\s*\(\s*new\s+URL\s*\([^()]*import\.meta\.url\s*\)\s*(,\s*\{[^{}]*\})?\s*\)/g;
    const out = code.replace(pattern, '(() => { throw new Error("embedded boards start their worker with createWorker"); })()');
    return out === code ? null : { code: out, map: null };
  },
};

/** Shared options of the two library builds (lib mode keeps process.env unless defined). */
function libBuild(entry, name, fileName, extra = {}) {
  return build({
    configFile: false,
    root,
    logLevel: 'warn',
    define: { ...production, ...extra.define },
    plugins: extra.plugins ?? [],
    worker: { format: 'iife' },
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

rmSync(new URL(`../${outDir}`, import.meta.url), { recursive: true, force: true });

await libBuild('src/worker/solver.worker.ts', 'tripebbleSolverWorker', 'embed-worker.js');
const workerPath = `${root}/${outDir}/embed-worker.js`;
const hash = createHash('sha256').update(readFileSync(workerPath)).digest('hex').slice(0, 10);
const workerFile = `embed-worker-${hash}.js`;
renameSync(workerPath, `${root}/${outDir}/${workerFile}`);

await libBuild('src/embed/entry.ts', 'tripebbleEmbed', 'embed.js', {
  plugins: [noDefaultWorker, react()],
  define: { __TRIPEBBLE_EMBED_WORKER__: JSON.stringify(workerFile) },
});

await build({ root, configFile: `${root}/vite.config.ts`, build: { emptyOutDir: false } });
