/**
 * `node --import tsx bench/compare.ts [--against DIR] [--boards N] [--rounds K]`: CPU time and
 * nodes of this checkout's solver on the N boards (12 by default) that cost the most nodes among
 * the two costliest sets, each solved K times (5) and its fastest kept. With `--against DIR` (a
 * copy of another version's `src`, e.g. `git archive REV src | tar -x -C DIR`), that version too,
 * the two alternating board by board and taking turns to go first, so that other jobs on a
 * shared machine weigh on both alike; their answers must agree. CPU time of this process, not
 * wall time: a busy machine delays a solve without making it cost more. For reading, not asserting.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Board } from '../src/engine';
import type { Solver } from '../src/solver';
import { createSolver } from '../src/solver';

const option = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const count = Number(option('--boards') ?? 12);
const rounds = Number(option('--rounds') ?? 5);
const against = option('--against');

const readJsonl = (name: string): Board[] =>
  readFileSync(new URL(name, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Board);
const boards = [...readJsonl('layout-boards.jsonl'), ...readJsonl('adversarial-boards.jsonl')];

const current = createSolver();
let other: Solver | null = null;
if (against !== undefined) {
  const module = (await import(pathToFileURL(resolve(against, 'src/solver/index.ts')).href)) as { createSolver: () => Solver };
  other = module.createSolver();
}

/** The solve's CPU time in milliseconds, and its answer. */
function timed(solver: Solver, board: Board): { ms: number; nodes: number; answer: string } {
  const started = process.cpuUsage();
  const result = solver.solve(board);
  const used = process.cpuUsage(started);
  return { ms: (used.user + used.system) / 1000, nodes: result.nodes, answer: `${result.distance} ${result.hints.join(',')}` };
}

// Warm both up on every board, and pick the costliest by this checkout's nodes.
for (const board of boards) other?.solve(board);
const picked = boards
  .map((board) => ({ board, nodes: current.solve(board).nodes }))
  .sort((a, b) => b.nodes - a.nodes)
  .slice(0, count)
  .map((p) => p.board);

const totals = { ms: 0, nodes: 0, otherMs: 0, otherNodes: 0 };
let disagree = 0;
for (const board of picked) {
  let best = Infinity;
  let otherBest = Infinity;
  let mine = timed(current, board);
  let theirs = mine;
  for (let round = 0; round < rounds; round++) {
    const first = round % 2 === 0 || other === null;
    if (first) mine = timed(current, board);
    if (other !== null) theirs = timed(other, board);
    if (!first) mine = timed(current, board);
    best = Math.min(best, mine.ms);
    otherBest = Math.min(otherBest, theirs.ms);
  }
  if (theirs.answer !== mine.answer) disagree++;
  totals.ms += best;
  totals.nodes += mine.nodes;
  totals.otherMs += otherBest;
  totals.otherNodes += theirs.nodes;
  const versus = other === null ? '' : `   against ${theirs.nodes} nodes ${otherBest.toFixed(1)} ms`;
  console.log(`${board.plates} ${board.pebbles}  ${mine.nodes} nodes ${best.toFixed(1)} ms${versus}`);
}
console.log(`total: ${totals.nodes} nodes, ${totals.ms.toFixed(0)} ms of CPU`);
if (other !== null) {
  console.log(
    `against ${against}: ${totals.otherNodes} nodes, ${totals.otherMs.toFixed(0)} ms; ratio this / that: ` +
      `nodes ${(totals.nodes / totals.otherNodes).toFixed(3)}, time ${(totals.ms / totals.otherMs).toFixed(3)}` +
      (disagree > 0 ? `; ${disagree} ANSWERS DISAGREE` : ''),
  );
}
