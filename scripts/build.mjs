/**
 * `npm run build`: one command, six Vite builds into dist/, and the prerendered app page.
 *   1. the embed's solver worker as one classic script (embed-worker-HASH.js),
 *   2. the game's stylesheet for embedded boards (embed-HASH.css), which their shadow roots link,
 *   3. what embed.js loads after its boards (embed-solver-HASH.js): the page's shared solver
 *      and the notices' words (src/embed/later.ts),
 *   4. dist/embed.mjs, the ES module build, with its lazy chunks (embed-esm-*.js), and the types,
 *   5. dist/embed.js, one classic script that knows the worker's, the stylesheet's and the shared
 *      solver's file names,
 *   6. the app (vite.config.ts), then its first screen prerendered into index.html (prerender.mjs).
 * The app's own worker chunk comes from step 6 (src/app/main.tsx names it); embed.js starts the
 * worker of step 1 instead, so it carries no worker of its own. The solver is in no main-thread file.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { prerenderApp } from './prerender.mjs';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { moduleGraph } from './module-graph.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = 'dist';
const production = { 'process.env.NODE_ENV': JSON.stringify('production') };
/** What every library build writes the same way: into dist/ beside the others, minified, without public/. */
const OUTPUT = { outDir, emptyOutDir: false, copyPublicDir: false, target: 'es2022', minify: true };

/** Renames a built file to carry a hash of its content; returns the new name. */
function hashed(file, stem, extension) {
  const path = `${root}/${outDir}/${file}`;
  const hash = createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 10);
  const name = `${stem}-${hash}.${extension}`;
  renameSync(path, `${root}/${outDir}/${name}`);
  return name;
}

/** Shared options of the library builds (lib mode keeps process.env unless defined). */
function libBuild(entry, name, fileName, extra = {}) {
  return build({
    configFile: false,
    root,
    logLevel: 'warn',
    define: { ...production, ...extra.define },
    plugins: extra.plugins ?? [],
    build: {
      ...OUTPUT,
      lib: { entry, formats: ['iife'], name, fileName: () => fileName, cssFileName: extra.cssFileName },
    },
  });
}

/**
 * embed.js is one classic script, so nothing in it can load later by import(): its lazy imports
 * (the settings panel) become plain imports, which spares the bundler's lazy-evaluation wrappers
 * around every module they reach, and those of LATER come from the script embed.js loads after
 * its boards (src/embed/later.ts). Only relative `import('./…')` in the project's own code.
 */
function eagerImports() {
  // Module ids as Vite gives them: forward slashes on every system.
  const slashed = (path) => path.split(sep).join('/');
  const sources = slashed(fileURLToPath(new URL('../src/', import.meta.url)));
  const later = slashed(fileURLToPath(new URL('../src/embed/later.ts', import.meta.url)));
  /** Module (from src/, without extension) → the export of later.ts that loads it. */
  const LATER = { 'ui/messages/notices': 'noticeWords' };
  const unmatched = new Set(Object.keys(LATER));
  return {
    name: 'tripebble:eager-imports',
    transform(code, id) {
      if (!id.startsWith(sources) || !code.includes('import(')) return null;
      const hoisted = [];
      const eager = code.replace(/\bimport\((['"])(\.{1,2}\/[^'"]+)\1\)/g, (_, quote, path) => {
        const name = `__eager${hoisted.length}`;
        const module = slashed(relative(sources, resolve(dirname(id), path))).replace(/\.tsx?$/, '');
        const loader = LATER[module];
        unmatched.delete(module);
        hoisted.push(`import * as ${name} from ${loader ? JSON.stringify(later) : `${quote}${path}${quote}`};`);
        return loader ? `${name}.${loader}()` : `Promise.resolve(${name})`;
      });
      return hoisted.length === 0 ? null : { code: `${hoisted.join('\n')}\n${eager}`, map: null };
    },
    buildEnd(error) {
      // A renamed module would silently put its words back into embed.js's first load.
      if (!error && unmatched.size > 0) this.error(`eagerImports: no import() of ${[...unmatched].join(', ')} in embed.js`);
    },
  };
}

/**
 * What the embed has besides embed.js: the page's shared solver that embed.js loads after its
 * boards (a classic script, embed-solver-HASH.js), embed.mjs with its chunks, and the type
 * declarations for site owners. Returns the shared solver's file name, for embed.js.
 */
async function buildEmbedExtras(workerFile, cssFile) {
  await libBuild('src/embed/solver-script.ts', 'tripebbleEmbedSolver', 'embed-solver.js', { plugins: [moduleGraph('embed-solver')] });
  const solverFile = hashed('embed-solver.js', 'embed-solver', 'js');
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    define: {
      ...production,
      __TRIPEBBLE_EMBED_WORKER__: JSON.stringify(`./${workerFile}`),
      __TRIPEBBLE_EMBED_CSS__: JSON.stringify(`./${cssFile}`),
    },
    plugins: [react(), moduleGraph('embed-module')],
    build: {
      ...OUTPUT,
      // Chunks load where embed.mjs is, wherever that is: no preload helper with the site's paths.
      modulePreload: false,
      // Not lib mode, which leaves an ES build's white space in; the entry keeps its exports.
      rolldownOptions: {
        input: { embed: 'src/embed/module.ts' },
        preserveEntrySignatures: 'allow-extension',
        output: {
          format: 'es',
          entryFileNames: 'embed.mjs',
          chunkFileNames: 'embed-esm-[name]-[hash].js',
          // What the first load needs stays in embed.mjs (as in the app's build): only lazy parts split off.
          codeSplitting: { groups: [{ name: 'embed', tags: ['$initial'] }] },
        },
      },
    },
  });
  for (const name of ['tripebble-board.d.ts', 'tripebble-board-react.d.ts'])
    copyFileSync(`${root}/src/embed/${name}`, `${root}/${outDir}/${name}`);
  writeFileSync(
    `${root}/${outDir}/embed.d.mts`,
    "/** The types of embed.mjs: see tripebble-board.d.ts. */\nexport * from './tripebble-board.js';\n",
  );
  return solverFile;
}

rmSync(new URL(`../${outDir}`, import.meta.url), { recursive: true, force: true });

await libBuild('src/worker/solver.worker.ts', 'tripebbleSolverWorker', 'embed-worker.js', { plugins: [moduleGraph('embed-worker')] });
const workerFile = hashed('embed-worker.js', 'embed-worker', 'js');

// The stylesheet alone: its entry only imports the game's CSS, so the script it also makes is empty.
await libBuild('src/embed/stylesheet.ts', 'tripebbleStyles', 'embed-styles.js', { cssFileName: 'embed-styles' });
rmSync(`${root}/${outDir}/embed-styles.js`);
const cssFile = hashed('embed-styles.css', 'embed', 'css');

const solverFile = await buildEmbedExtras(workerFile, cssFile);

await libBuild('src/embed/entry.ts', 'tripebbleEmbed', 'embed.js', {
  plugins: [react(), eagerImports(), moduleGraph('embed')],
  define: {
    __TRIPEBBLE_EMBED_WORKER__: JSON.stringify(workerFile),
    __TRIPEBBLE_EMBED_SOLVER__: JSON.stringify(solverFile),
    __TRIPEBBLE_EMBED_CSS__: JSON.stringify(cssFile),
  },
});

await build({ root, configFile: `${root}/vite.config.ts`, build: { emptyOutDir: false } });
await prerenderApp(root, outDir);
