/**
 * `npm run bench:browser`: how the built game behaves in Chromium, measured, never asserted
 * (times on a shared machine are for reading), over several runs with medians:
 *   1. moves at 4× CPU throttling (CPU_RATE): each move's interaction time by Event Timing, the
 *      frames missed while its pebble flies, and the longest frame as it lands (bench/moves.ts);
 *   2. main-thread long tasks (over 50 ms) while the hardest board we know is hinted on a fresh
 *      page, the worker still starting.
 * Needs `npm run build` first; serves dist/ (or DIST_DIR, another build) on 127.0.0.1 only. RUNS=…
 * sets the number of runs.
 */
import { EXAMPLE_BOARD } from '../src/engine';
import { solve } from '../src/solver';
import { launchBrowser, skipFirstRunGuide } from '../tests/e2e/helpers/browser';
import { DIST, PREFIX, assertBuilt, hardestBoard, shareLink } from '../tests/e2e/helpers/dist';
import { serveDirectory } from '../tests/e2e/helpers/server';
import { measureMoves } from './moves';

/** Another build to measure (DIST_DIR=/path/to/dist), for comparisons; dist/ by default. */
const ROOT = process.env.DIST_DIR ?? DIST;

const RUNS = Number(process.env.RUNS ?? 5);
const CPU_RATE = Number(process.env.CPU_RATE ?? 4);

interface Run {
  /** From pressing Hint to the marked pebble. */
  readonly hintMs: number;
  /** Main-thread tasks over 50 ms in that window. */
  readonly longTasks: number;
  readonly longestMs: number;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

if (ROOT === DIST) assertBuilt();
const server = await serveDirectory(ROOT, PREFIX);
const browser = await launchBrowser();
const board = hardestBoard();
const runs: Run[] = [];
const base = `${server.origin}${PREFIX}`;
const line = solve(EXAMPLE_BOARD).line;
const moveRuns: Awaited<ReturnType<typeof measureMoves>>[] = [];
try {
  for (let i = 0; i < RUNS; i++) moveRuns.push(await measureMoves(browser.context, base, EXAMPLE_BOARD, line, CPU_RATE));
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.context.newPage();
    await skipFirstRunGuide(page);
    await page.addInitScript(() => {
      const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(shareLink(`${server.origin}${PREFIX}`, board));
    await page.locator('[data-pos]').first().waitFor();
    // Two frames let the first render's own work finish before the window opens.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const start = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: 'Hint', exact: true }).click();
    await page.locator('[data-hint="true"]').first().waitFor({ state: 'attached', timeout: 60_000 });
    const end = await page.evaluate(() => performance.now());
    const long = await page.evaluate(
      ([from, to]) =>
        (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks.filter(
          (t) => t.start + t.duration >= from! && t.start <= to!,
        ),
      [start, end],
    );
    runs.push({ hintMs: end - start, longTasks: long.length, longestMs: Math.max(0, ...long.map((t) => t.duration)) });
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const perRun = (pick: (run: (typeof moveRuns)[number]) => number): number => median(moveRuns.map(pick));
console.log(
  `moves at ${CPU_RATE}× CPU throttling, the ${line.length} moves of the example board's solution, ${RUNS} runs (medians of runs):`,
);
console.log(
  `  interaction (Event Timing)  median ${perRun((r) => median(r.interactions)).toFixed(0)} ms, worst ${perRun((r) => Math.max(...r.interactions)).toFixed(0)} ms (worst run ${Math.max(...moveRuns.flatMap((r) => r.interactions)).toFixed(0)} ms)`,
);
console.log(
  `  frames missed in flight     ${perRun((r) => (100 * r.missed) / (r.frames + r.missed)).toFixed(1)} % (${perRun((r) => r.missed)} of ${perRun((r) => r.frames + r.missed)} frames)`,
);
console.log(
  `  landing (longest frame)     median ${perRun((r) => median(r.landings)).toFixed(0)} ms, worst ${perRun((r) => Math.max(...r.landings)).toFixed(0)} ms (the move drawn as its pebble lands)`,
);
console.log(`hardest board (${board.distance} moves), ${RUNS} fresh pages, hint asked while the worker starts:`);
console.log(
  `  hint shown after     median ${median(runs.map((r) => r.hintMs)).toFixed(0)} ms, max ${Math.max(...runs.map((r) => r.hintMs)).toFixed(0)} ms`,
);
console.log(
  `  long tasks (>50 ms)  median ${median(runs.map((r) => r.longTasks))}, runs with any: ${runs.filter((r) => r.longTasks > 0).length}/${RUNS}`,
);
console.log(
  `  longest task         median ${median(runs.map((r) => r.longestMs)).toFixed(0)} ms, max ${Math.max(...runs.map((r) => r.longestMs)).toFixed(0)} ms`,
);
