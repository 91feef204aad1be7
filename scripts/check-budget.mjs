/**
 * Size budget and module boundary, run by `npm test` after the build: the JavaScript a player's
 * browser needs before the board is interactive must stay within 90 KB gzip, for the app, for
 * embed.js and for embed.mjs, and must hold no solver module. "Needs" = the scripts index.html
 * loads (or embed.js, or embed.mjs) and every chunk they import statically, read from the module graphs the build
 * records (scripts/module-graph.mjs); lazy chunks (import()) and workers are not counted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { firstLoadProblems, modulesOf, staticClosure, workerProblems } from './budget/first-load.mjs';
import { graphFile } from './module-graph.mjs';

// KB as Vite prints it (1000 bytes): the stricter reading of "90 KB".
const KB = 1000;
const BUDGET = 90 * KB;
const dist = fileURLToPath(new URL('../dist/', import.meta.url));

function fail(message) {
  console.error(`check-budget: ${message}`);
  process.exit(1);
}

function readGraph(name) {
  const file = graphFile(name, dist);
  if (!existsSync(file)) fail(`${file} is missing: run \`npm run build\` first`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Local script URLs in index.html: <script src> and <link rel="modulepreload" href>. */
function htmlScripts(html) {
  const urls = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) urls.push(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)) urls.push(m[1]);
  return urls.filter((u) => !/^[a-z]+:/i.test(u) && !u.startsWith('//')).map((u) => u.replace(/^\.?\//, ''));
}

/** Gzip sizes of the first-load files, printed; returns the total. */
function report(name, files, modules) {
  let total = 0;
  console.log(`${name}: ${modules.length} modules, no solver module`);
  for (const file of [...files].sort()) {
    if (!existsSync(join(dist, file))) fail(`${file} is loaded but missing from dist/`);
    const size = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
    total += size;
    console.log(`  ${file.padEnd(44)} ${(size / KB).toFixed(1).padStart(6)} KB gzip`);
  }
  console.log(`  ${'total'.padEnd(44)} ${(total / KB).toFixed(1).padStart(6)} KB gzip (budget ${BUDGET / KB} KB)`);
  return total;
}

if (!existsSync(join(dist, 'index.html'))) fail('dist/index.html is missing: run `npm run build` first');
const app = readGraph('app');
const embed = readGraph('embed');

// The app: what index.html loads. Scripts outside the bundle (the service worker's registration)
// count for size; chunks bring their static imports.
const scripts = htmlScripts(readFileSync(join(dist, 'index.html'), 'utf8'));
const inBundle = new Set(app.chunks.map((chunk) => chunk.file));
const appChunks = staticClosure(
  app,
  scripts.filter((file) => inBundle.has(file)),
);
const appFiles = new Set([...appChunks.map((chunk) => chunk.file), ...scripts]);
const embedChunks = staticClosure(embed, ['embed.js']);
const embedModuleChunks = staticClosure(readGraph('embed-module'), ['embed.mjs']);

const appModules = modulesOf(appChunks);
const embedModules = modulesOf(embedChunks);
const embedModuleModules = modulesOf(embedModuleChunks);
const problems = [
  ...firstLoadProblems('app (index.html)', appModules, 'src/app/main.tsx'),
  ...firstLoadProblems('embed.js', embedModules, 'src/embed/entry.ts'),
  ...firstLoadProblems('embed.mjs', embedModuleModules, 'src/embed/module.ts'),
  ...workerProblems('app worker', readGraph('app-worker')),
  ...workerProblems('embed worker', readGraph('embed-worker')),
];
if (problems.length > 0) fail(problems.join('\n'));

const sizes = [
  ['app (index.html)', report('app (index.html)', appFiles, appModules)],
  [
    'embed.js',
    report(
      'embed.js',
      embedChunks.map((chunk) => chunk.file),
      embedModules,
    ),
  ],
  [
    'embed.mjs',
    report(
      'embed.mjs',
      embedModuleChunks.map((chunk) => chunk.file),
      embedModuleModules,
    ),
  ],
];
const over = sizes.filter(([, size]) => size > BUDGET);
if (over.length > 0) {
  fail(
    over
      .map(
        ([name, size]) =>
          `${name} needs ${(size / KB).toFixed(1)} KB gzip of JavaScript before the board is interactive; the budget is ${BUDGET / KB} KB`,
      )
      .join('\n'),
  );
}
console.log('check-budget: ok');
