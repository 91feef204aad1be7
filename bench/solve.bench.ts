/**
 * `npm run bench [-- --runs N --repeat K]`: speed of the full solve (distance + complete hint set), in Node,
 * on random boards, the fixtures, the hardest boards, the boards that cost this solver the most
 * and boards of other layouts; with the reference solver on the same boards in the same run when
 * it is there (bench/reference.ts), as a ratio of total times. Then the cold first solve in a
 * fresh process, and heap growth over 1,000 solves. Times on a shared machine are for reading
 * and comparing within one run, never for asserting: this is not part of `npm test`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Board } from '../src/engine';
import { createRandom, randomBoard, randomPlates } from '../src/engine';
import { createSolver } from '../src/solver';
import { randomBoardOf } from './adversary';
import { otherLayouts } from './layouts';
import type { ReferenceAnswer } from './reference';
import { referenceAvailable, referencePath, referenceSolve, referenceSupports } from './reference';

interface Known extends Board {
  readonly distance?: number;
  readonly hints?: readonly number[];
}

const readJsonl = (name: string): Known[] =>
  readFileSync(new URL(name, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Known);

const option = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Math.max(1, Number(process.argv[at + 1])) : fallback;
};
const runs = option('--runs', 1);
const repeat = option('--repeat', 3);
const standardBoard = (seed: string): Board => {
  const random = createRandom(seed);
  return randomBoard(random, randomPlates(random));
};
const otherRandom = createRandom('bench-other-layouts');
const layouts = otherLayouts(300);
const sets: { name: string; boards: readonly Known[] }[] = [
  { name: 'random boards', boards: Array.from({ length: 300 }, (_, i) => standardBoard(`bench-${i}`)) },
  { name: 'fixture boards', boards: readJsonl('../tests/fixtures/boards.jsonl') },
  { name: 'hardest by distance', boards: readJsonl('hard-boards.jsonl') },
  { name: 'costliest (adversarial)', boards: readJsonl('adversarial-boards.jsonl') },
  { name: 'other layouts, costliest', boards: readJsonl('layout-boards.jsonl') },
  { name: 'other layouts, random', boards: layouts.map((plates, i) => randomBoardOf(otherRandom, plates, i % 2 === 0)) },
];
const warmUp = Array.from({ length: 200 }, (_, i) => standardBoard(`bench-warm-${i}`));
const solver = createSolver();
const hasReference = referenceAvailable();

interface Measured {
  readonly ms: number[];
  readonly nodes: number[];
  wrong: number;
  reference: ReferenceAnswer[] | null;
  disagree: number;
}

/**
 * Solves a set board by board, each `repeat` times, keeping each board's fastest time (a solve
 * depends on its board alone, so the repeats do the same work; the fastest is the one least
 * disturbed by other jobs on a shared machine). The reference likewise: `repeat` runs over the
 * set, each board's fastest time.
 */
function measure(boards: readonly Known[]): Measured {
  const row: Measured = { ms: [], nodes: [], wrong: 0, reference: null, disagree: 0 };
  const answers: { distance: number; hints: string }[] = [];
  for (const board of boards) {
    let fastest = Infinity;
    let result = solver.solve(board);
    for (let i = 0; i < repeat; i++) {
      const started = performance.now();
      result = solver.solve(board);
      fastest = Math.min(fastest, performance.now() - started);
    }
    row.ms.push(fastest);
    row.nodes.push(result.nodes);
    answers.push({ distance: result.distance, hints: result.hints.join(',') });
    if (board.distance !== undefined && (board.distance !== result.distance || board.hints!.join() !== result.hints.join())) row.wrong++;
  }
  if (hasReference && boards.every(referenceSupports)) {
    const passes = Array.from({ length: repeat }, () => referenceSolve(boards, warmUp));
    row.reference = passes[0]!.map((answer, i) => ({ ...answer, ms: Math.min(...passes.map((r) => r[i]!.ms)) }));
    row.reference.forEach((r, i) => {
      if (r.distance !== answers[i]!.distance || r.hints !== answers[i]!.hints) row.disagree++;
    });
  }
  return row;
}

const sorted = (xs: readonly number[]): number[] => [...xs].sort((a, b) => a - b);
const quantile = (xs: readonly number[], q: number): number => sorted(xs)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
const median = (xs: readonly number[]): number => quantile(xs, 0.5);
const f = (x: number, width = 8): string => (Number.isFinite(x) ? x.toFixed(x < 10 ? 3 : 1) : '-').padStart(width);
const n = (x: number, width = 9): string => String(x).padStart(width);

console.log(`tripebble solver benchmark: full solve (distance + complete hint set), ms per board, Node ${process.version}`);
console.log(
  hasReference
    ? `reference solver: ${referencePath} (same boards, same run; ratio = this solver's total time / the reference's)`
    : `reference solver not found at ${referencePath} (set TRIPEBBLE_REF_SOLVER to its path): ratios left out`,
);
for (const board of warmUp) solver.solve(board); // the sets measure a warm solver; the cold first solve is measured apart

const ratios = new Map<string, number[]>();
const medians = new Map<string, number[]>();
const worst = new Map<string, number>();
for (let run = 1; run <= runs; run++) {
  console.log(`\nrun ${run} of ${runs}`);
  console.log(
    `${'set'.padEnd(28)}${'n'.padStart(5)}${'median'.padStart(8)}${'p95'.padStart(8)}${'max'.padStart(8)}${'nodes50'.padStart(9)}${'nodesMax'.padStart(9)}` +
      `  |${'ref50'.padStart(8)}${'ref95'.padStart(8)}${'refMax'.padStart(8)}${'ratio'.padStart(7)}`,
  );
  for (const set of sets) {
    const row = measure(set.boards);
    const ref = row.reference;
    const ratio = ref === null ? NaN : sum(row.ms) / sum(ref.map((r) => r.ms));
    if (ref !== null) ratios.set(set.name, [...(ratios.get(set.name) ?? []), ratio]);
    worst.set(set.name, Math.max(worst.get(set.name) ?? 0, Math.max(...row.ms)));
    medians.set(set.name, [...(medians.get(set.name) ?? []), median(row.ms)]);
    const refMs = ref?.map((r) => r.ms) ?? [NaN];
    const notes = [row.wrong > 0 ? `${row.wrong} WRONG` : '', row.disagree > 0 ? `${row.disagree} disagree with the reference` : '']
      .filter(Boolean)
      .join(', ');
    console.log(
      `${set.name.padEnd(28)}${n(set.boards.length, 5)}${f(median(row.ms))}${f(quantile(row.ms, 0.95))}${f(Math.max(...row.ms))}` +
        `${n(median(row.nodes))}${n(Math.max(...row.nodes))}  |${f(median(refMs))}${f(quantile(refMs, 0.95))}${f(Math.max(...refMs))}` +
        `${(Number.isNaN(ratio) ? '-' : ratio.toFixed(2)).padStart(7)}  ${notes}`,
    );
  }
}
if (runs > 1 && ratios.size > 0) {
  console.log(`\nmedian ratio over ${runs} runs: ${[...ratios].map(([name, r]) => `${name} ${median(r).toFixed(2)}`).join('; ')}`);
}

// The cold first solve: a fresh process each time, the median of three.
const coldStart = fileURLToPath(new URL('cold-start.ts', import.meta.url));
const cold = (board: Board): { loadMs: number; solveMs: number } => {
  const times = [0, 1, 2].map(
    () =>
      JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', coldStart, board.plates, board.pebbles]).toString()) as {
        loadMs: number;
        solveMs: number;
      },
  );
  return { loadMs: median(times.map((t) => t.loadMs)), solveMs: median(times.map((t) => t.solveMs)) };
};
const coldExample = cold({ plates: 'WCBRBOGYGPCORPY', pebbles: '-PCBRYOGYGBCORP' });
const coldHard = cold({ plates: 'WCBRBOGYGPCORPY', pebbles: 'YORP-YBCRCBPGOG' });
console.log(
  `\ncold first solve in a fresh process (median of 3): example board ${coldExample.solveMs.toFixed(1)} ms, ` +
    `a 25-move board ${coldHard.solveMs.toFixed(1)} ms (loading the solver: ${coldExample.loadMs.toFixed(0)} ms, not counted)`,
);

// Heap over 1,000 solves.
const heapMb = (): number => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
};
const heapBoards = sets[0]!.boards;
for (const board of heapBoards.slice(0, 10)) solver.solve(board);
const heapAt10 = heapMb();
for (let i = 0; i < 1000; i++) solver.solve(heapBoards[i % heapBoards.length]!);
const heapAt1010 = heapMb();
console.log(
  `heap after 10 solves ${heapAt10.toFixed(1)} MB, after 1,010 solves ${heapAt1010.toFixed(1)} MB (growth ${(heapAt1010 - heapAt10).toFixed(1)} MB)` +
    ((globalThis as { gc?: unknown }).gc === undefined ? ' (run with --expose-gc for exact figures)' : ''),
);

const ratioOf = (name: string): number => median(ratios.get(name) ?? [NaN]);
const targets: [string, boolean][] = [
  [
    'costliest and hardest boards: total time within 1.5x the reference',
    ratioOf('costliest (adversarial)') <= 1.5 && ratioOf('hardest by distance') <= 1.5,
  ],
  ['no board of any set over 50 ms', Math.max(...worst.values()) <= 50],
  ['random boards: median <= 0.25 ms', median(medians.get('random boards')!) <= 0.25],
  ['cold first solve <= 60 ms', coldExample.solveMs <= 60 && coldHard.solveMs <= 60],
  ['heap growth over 1,000 solves <= 2 MB', heapAt1010 - heapAt10 <= 2],
];
console.log('\ntargets (issue 7):');
for (const [name, met] of targets) console.log(`  ${met ? 'met   ' : 'MISSED'}  ${name}`);
