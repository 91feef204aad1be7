/**
 * `npm run bench:lighthouse`: Lighthouse's mobile performance score of the built app, as a first
 * visit sees it (a fresh Chromium profile each run: no cache, no service worker), served gzipped
 * from 127.0.0.1 like a static host would. RUNS runs (3 by default); prints each run and the
 * medians. Measured, never asserted. Needs `npm run build` first, and Debian's Chromium.
 * DETAILS=1 prints the long tasks and where the main thread's time went; SAVE_DIR=dir keeps each
 * run's report and trace there.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/helpers/browser';
import { DIST, PREFIX, assertBuilt } from '../tests/e2e/helpers/dist';

const RUNS = Number(process.env.RUNS ?? 3);
/** Another build to measure (DIST_DIR=/path/to/dist), for comparisons; dist/ by default. */
const ROOT = process.env.DIST_DIR ?? DIST;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg']);

/** dist/ under PREFIX, text gzipped, hashed assets cached for a year: an ordinary static host. */
function serveGzipped(): Promise<{ server: Server; origin: string }> {
  const server = createHttpServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const relative = normalize(path.slice(PREFIX.length) || 'index.html');
      let file = join(ROOT, relative);
      if (!path.startsWith(PREFIX) || relative.startsWith('..')) return res.writeHead(404).end();
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file).catch(() => null);
      if (!body) return res.writeHead(404).end();
      const type = extname(file);
      const gzip = COMPRESSIBLE.has(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
      res.writeHead(200, {
        'content-type': TYPES[type] ?? 'application/octet-stream',
        'cache-control': relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
      });
      res.end(gzip ? gzipSync(body) : body);
    })();
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })),
  );
}

function freePort(): Promise<number> {
  const probe = createNetServer();
  return new Promise((resolve) =>
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    }),
  );
}

/** Debian's Chromium, headless with the flags every browser of this project runs with, a fresh profile and a DevTools port. */
async function startChromium(): Promise<{ port: number; stop(): Promise<void> }> {
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'tripebble-lighthouse-'));
  const child = spawn(
    CHROMIUM_PATH,
    [...CHROMIUM_ARGS, `--user-data-dir=${profile}`, `--remote-debugging-port=${port}`, 'about:blank'],
    // Its own process group, so that stopping it stops its helper processes too.
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.stderr.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('DevTools listening')) resolve();
    });
  });
  return {
    port,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
      // Its helper processes may still be writing the profile for a moment.
      await new Promise((resolve) => setTimeout(resolve, 500));
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
      } catch (error) {
        console.warn(`could not remove ${profile}: ${String(error)}`);
      }
    },
  };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const METRICS = {
  'first-contentful-paint': 'FCP',
  'largest-contentful-paint': 'LCP',
  'total-blocking-time': 'TBT',
  'cumulative-layout-shift': 'CLS',
  'speed-index': 'SI',
} as const;

assertBuilt();
const { server, origin } = await serveGzipped();
const runs: { score: number; metrics: Record<string, number> }[] = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const chromium = await startChromium();
    try {
      const result = await lighthouse(`${origin}${PREFIX}${process.env.HASH ?? ''}`, {
        port: chromium.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
      });
      const lhr = result!.lhr;
      if (process.env.SAVE_DIR) {
        // The whole report and the trace it was computed from, for a closer look (DevTools opens the trace).
        mkdirSync(process.env.SAVE_DIR, { recursive: true });
        writeFileSync(join(process.env.SAVE_DIR, `run-${i + 1}.lhr.json`), JSON.stringify(lhr));
        writeFileSync(join(process.env.SAVE_DIR, `run-${i + 1}.trace.json`), JSON.stringify(result!.artifacts.Trace));
      }
      const metrics = Object.fromEntries(Object.entries(METRICS).map(([id, name]) => [name, lhr.audits[id]!.numericValue ?? NaN]));
      runs.push({ score: Math.round((lhr.categories.performance!.score ?? 0) * 100), metrics });
      if (process.env.DETAILS) {
        for (const id of ['largest-contentful-paint-element', 'long-tasks', 'bootup-time', 'mainthread-work-breakdown']) {
          const items = (lhr.audits[id]?.details as { items?: unknown[] } | undefined)?.items ?? [];
          console.log(id, JSON.stringify(items).slice(0, 1500));
        }
      }
      console.log(
        `run ${i + 1}: performance ${runs.at(-1)!.score}  ${Object.entries(metrics)
          .map(([name, value]) => `${name} ${name === 'CLS' ? value.toFixed(3) : `${Math.round(value)} ms`}`)
          .join('  ')}`,
      );
    } finally {
      await chromium.stop();
    }
  }
} finally {
  server.close();
}
console.log(`Lighthouse mobile (simulated slow 4G, 4× CPU), ${RUNS} runs, medians:`);
console.log(`  performance ${median(runs.map((r) => r.score))}`);
for (const name of Object.values(METRICS)) {
  const value = median(runs.map((r) => r.metrics[name]!));
  console.log(`  ${name.padEnd(4)} ${name === 'CLS' ? value.toFixed(3) : `${Math.round(value)} ms`}`);
}
