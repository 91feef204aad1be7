/**
 * `npm run bench`: speed of the full solve (distance + complete hint set), single-threaded in
 * Node, on the fixture boards, on seeded random boards and on the hardest boards the generator
 * found; the same search with only the misplaced-pebble bound as a baseline on random boards (in
 * the same run, so the speed-up is a ratio); the cold first call; and heap growth over 1,000 solves.
 * Not part of `npm test`: times on a shared machine are for reading, not for asserting.
 */
import { readFileSync } from 'node:fs';
import type { Board } from '../src/engine';
import { createRandom, randomBoard, randomPlates } from '../src/engine';
import { SolveCancelled, createSolver } from '../src/solver';

interface Known extends Board {
  distance: number;
  hints: number[];
}

const readJsonl = (url: URL): Known[] =>
  readFileSync(url, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Known);

const fixtures = readJsonl(new URL('../tests/fixtures/boards.jsonl', import.meta.url));
const hardest = readJsonl(new URL('hard-boards.jsonl', import.meta.url));
const randomBoards: Board[] = Array.from({ length: 300 }, (_, i) => {
  const random = createRandom(`bench-${i}`);
  return randomBoard(random, randomPlates(random));
});

const solver = createSolver('assignment');
const baseline = createSolver('misplaced');

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

interface Row {
  ms: number[];
  nodes: number[];
  wrong: number;
  capped: number;
}

function run(boards: readonly Board[], useSolver = solver, maxNodes?: number): Row {
  const row: Row = { ms: [], nodes: [], wrong: 0, capped: 0 };
  for (const board of boards) {
    const started = performance.now();
    try {
      const result = useSolver.solve(board, maxNodes === undefined ? {} : { maxNodes });
      row.ms.push(performance.now() - started);
      row.nodes.push(result.nodes);
      const known = board as Partial<Known>;
      if (
        known.distance !== undefined &&
        (known.distance !== result.distance || JSON.stringify(known.hints) !== JSON.stringify(result.hints))
      )
        row.wrong++;
    } catch (error) {
      if (!(error instanceof SolveCancelled)) throw error;
      row.capped++;
    }
  }
  return row;
}

function summary(name: string, row: Row): string {
  const ms = [...row.ms].sort((a, b) => a - b);
  const nodes = [...row.nodes].sort((a, b) => a - b);
  const f = (x: number): string => x.toFixed(2).padStart(8);
  const n = (x: number): string => String(x).padStart(9);
  const notes = [row.wrong > 0 ? `${row.wrong} WRONG` : '', row.capped > 0 ? `${row.capped} stopped at the node cap` : '']
    .filter(Boolean)
    .join(', ');
  return `${name.padEnd(30)}${String(ms.length).padStart(5)}${f(quantile(ms, 0.5))}${f(quantile(ms, 0.95))}${f(ms.at(-1) ?? NaN)}${n(quantile(nodes, 0.5))}${n(quantile(nodes, 0.95))}${n(nodes.at(-1) ?? NaN)}  ${notes}`;
}

function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

const coldStarted = performance.now();
solver.solve(fixtures[0]!);
const coldMs = performance.now() - coldStarted;

// Warm the JIT the way the worker does, then measure.
run(randomBoards.slice(0, 20));
const random = run(randomBoards);
const fixtureRow = run(fixtures);
const hardRow = run(hardest);
const hardWorst = run(hardest); // second pass: every board warm

// The baseline is far too slow for hard boards: random boards only, with a node cap.
const BASELINE_BOARDS = 40;
const BASELINE_CAP = 3_000_000;
const baseRow = run(randomBoards.slice(0, BASELINE_BOARDS), baseline, BASELINE_CAP);
const sameRow = run(randomBoards.slice(0, BASELINE_BOARDS));

const heapAt10 = (() => {
  for (const board of randomBoards.slice(0, 10)) solver.solve(board);
  return heapMb();
})();
for (let i = 0; i < 1000; i++) solver.solve(randomBoards[i % randomBoards.length]!);
const heapAt1000 = heapMb();

const head = `${'set'.padEnd(30)}${'n'.padStart(5)}${'median'.padStart(8)}${'p95'.padStart(8)}${'max'.padStart(8)}${'nodes50'.padStart(9)}${'nodes95'.padStart(9)}${'nodesMax'.padStart(9)}`;
console.log(`tripebble solver benchmark — full solve (distance + complete hint set), ms per board, Node ${process.version}\n`);
console.log(head);
console.log(summary('random boards', random));
console.log(summary('fixture boards (252)', fixtureRow));
const hardRange = `${Math.min(...hardest.map((b) => b.distance))}-${Math.max(...hardest.map((b) => b.distance))}`;
console.log(summary(`hardest boards (${hardest.length}, ${hardRange})`, hardRow));
console.log(summary('hardest boards, again', hardWorst));
console.log(summary(`baseline: misplaced bound`, baseRow));
console.log(summary(`same ${BASELINE_BOARDS} boards, full bound`, sameRow));

const median = (xs: number[]): number =>
  quantile(
    [...xs].sort((a, b) => a - b),
    0.5,
  );
const medianNodes = (xs: number[]): number =>
  quantile(
    [...xs].sort((a, b) => a - b),
    0.5,
  );
console.log(
  `\nspeed-up over the baseline on the same ${BASELINE_BOARDS} random boards: ` +
    `${(median(baseRow.ms) / median(sameRow.ms)).toFixed(0)}x median time, ` +
    `${(
      quantile(
        [...baseRow.ms].sort((a, b) => a - b),
        0.95,
      ) /
      quantile(
        [...sameRow.ms].sort((a, b) => a - b),
        0.95,
      )
    ).toFixed(0)}x p95 time, ` +
    `${(medianNodes(baseRow.nodes) / Math.max(1, medianNodes(sameRow.nodes))).toFixed(0)}x median nodes` +
    (baseRow.capped > 0
      ? ` (baseline stopped on ${baseRow.capped} boards at ${BASELINE_CAP} nodes; they are left out, so the ratio is a floor)`
      : ''),
);
console.log(`cold first call: ${coldMs.toFixed(1)} ms`);
console.log(
  `heap after 10 solves ${heapAt10.toFixed(1)} MB, after 1,010 solves ${heapAt1000.toFixed(1)} MB (growth ${(heapAt1000 - heapAt10).toFixed(1)} MB)` +
    ((globalThis as { gc?: unknown }).gc === undefined ? ' — run with --expose-gc for exact figures' : ''),
);

const targets: [string, boolean][] = [
  ['random boards median <= 3 ms', median(random.ms) <= 3],
  ['hardest boards max <= 50 ms', Math.max(...hardWorst.ms) <= 50],
  ['heap growth over 1,000 solves <= 10 MB', heapAt1000 - heapAt10 <= 10],
  ['every known answer reproduced', fixtureRow.wrong + hardRow.wrong === 0],
];
console.log('\ntargets:');
for (const [name, met] of targets) console.log(`  ${met ? 'met   ' : 'MISSED'}  ${name}`);
