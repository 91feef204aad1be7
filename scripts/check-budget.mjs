/**
 * Size budget, run by `npm test` after the build: the JavaScript a player's browser needs before
 * the board is interactive must stay within 90 KB gzip, for the app and for embed.js.
 * "Needs" = the scripts index.html loads plus everything they import statically; lazy chunks
 * (import()) and workers are not counted. Also checks that no such file holds the solver.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';

// KB as Vite prints it (1000 bytes): the stricter reading of "90 KB".
const KB = 1000;
const BUDGET = 90 * KB;
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
// The message of SolveCancelled: present in any bundle that carries solver runtime code.
const SOLVER_MARKER = 'ran out of its node allowance';

await init;

function fail(message) {
  console.error(`check-budget: ${message}`);
  process.exit(1);
}

/** Local script URLs in index.html: <script src> and <link rel="modulepreload" href>. */
function htmlScripts(html) {
  const urls = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) urls.push(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)) urls.push(m[1]);
  return urls.filter((u) => !/^[a-z]+:/i.test(u) && !u.startsWith('//'));
}

/** The file and its static import closure (relative specifiers only: everything is bundled). */
function closure(start) {
  const seen = new Set();
  const stack = [start];
  while (stack.length > 0) {
    const file = stack.pop();
    if (seen.has(file)) continue;
    if (!existsSync(file)) fail(`${relative(dist, file)} is loaded but missing from dist/`);
    seen.add(file);
    const [imports] = parse(readFileSync(file, 'utf8'));
    for (const imp of imports) {
      const isStatic = imp.d === -1;
      if (isStatic && imp.n && imp.n.startsWith('.')) stack.push(join(dirname(file), imp.n));
    }
  }
  return [...seen];
}

function report(name, files) {
  let total = 0;
  console.log(`${name}:`);
  for (const file of files.sort()) {
    const code = readFileSync(file);
    const size = gzipSync(code, { level: 9 }).length;
    total += size;
    console.log(`  ${relative(dist, file).padEnd(44)} ${(size / KB).toFixed(1).padStart(6)} KB gzip`);
    if (code.includes(SOLVER_MARKER)) fail(`${relative(dist, file)} contains solver code; the solver belongs in the worker chunk only`);
  }
  console.log(`  ${'total'.padEnd(44)} ${(total / KB).toFixed(1).padStart(6)} KB gzip (budget ${BUDGET / KB} KB)`);
  return total;
}

for (const file of ['index.html', 'embed.js']) {
  if (!existsSync(join(dist, file))) fail(`dist/${file} is missing: run \`npm run build\` first`);
}

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entries = [
  ['app (index.html)', [...new Set(htmlScripts(html).flatMap((url) => closure(join(dist, url))))]],
  ['embed.js', closure(join(dist, 'embed.js'))],
];
const results = entries.map(([name, files]) => [name, report(name, files)]);
const over = results.filter(([, size]) => size > BUDGET);
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
