/**
 * Writes the benchmark's board sets (`npm run bench:boards [-- --seconds N]`), each line a board
 * with its exact distance and hint set:
 *  - hard-boards.jsonl: the hardest boards by distance (22 to 26 moves) the generator finds, on
 *    the example layout, a search-hostile layout and random layouts;
 *  - adversarial-boards.jsonl: the standard shape (seven pairs and an odd plate that takes the
 *    hole), the boards that cost this solver the most nodes, by hill climbing on that cost over
 *    hundreds of random layouts and the layouts most hostile to search;
 *  - layout-boards.jsonl: the same climb over other layouts a player can make in the editor:
 *    colours of one to seven plates, fifteen colours, a spare plate of a two-plate colour.
 * Deterministic for its seeds; the climbs stop at a deadline (default 300 s in all).
 */
import { writeFileSync } from 'node:fs';
import { createRandom, randomPlates } from '../src/engine';
import { GenerateError, createSolver, generate, solve } from '../src/solver';
import type { Costed } from './adversary';
import { Worst, climb, costOf, refine } from './adversary';
import { hostileLayouts, otherLayouts, spareLayouts } from './layouts';

const argSeconds = process.argv.indexOf('--seconds');
const seconds = argSeconds > 0 ? Number(process.argv[argSeconds + 1]) : 300;
const started = performance.now();
const deadline = (share: number): number => performance.now() + share * seconds * 1000;
const log = (text: string): void => void process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0)} s] ${text}\n`);

function write(name: string, boards: readonly { plates: string; pebbles: string; distance: number; hints: readonly number[] }[]): void {
  const lines = boards.map(({ plates, pebbles, distance, hints }) => JSON.stringify({ plates, pebbles, distance, hints }));
  writeFileSync(new URL(name, import.meta.url), lines.join('\n') + '\n');
  log(`wrote ${boards.length} boards to bench/${name}`);
}

/** Interleaves layouts, so that consecutive boards rarely share one (and a memo). */
function interleaved(boards: readonly Costed[]): Costed[] {
  const byLayout = new Map<string, Costed[]>();
  for (const board of boards) byLayout.set(board.plates, [...(byLayout.get(board.plates) ?? []), board]);
  const out: Costed[] = [];
  for (let round = 0; out.length < boards.length; round++) {
    for (const group of byLayout.values()) if (group[round] !== undefined) out.push(group[round]!);
  }
  return out;
}

// 1. The hardest boards by distance.
const EXAMPLE = 'WCBRBOGYGPCORPY';
const ONE_WAY_SLOW = 'PYOBYRCCGBGPORW';
const randomLayout = (n: number): string => randomPlates(createRandom(`hard-layout-${n}`));
const wanted: [plates: string, distance: number, count: number][] = [
  [EXAMPLE, 22, 3],
  [EXAMPLE, 23, 4],
  [EXAMPLE, 24, 4],
  [EXAMPLE, 25, 1],
  [ONE_WAY_SLOW, 22, 2],
  [ONE_WAY_SLOW, 23, 2],
  [ONE_WAY_SLOW, 24, 3],
  [ONE_WAY_SLOW, 25, 1],
  ...[1, 2, 3, 4, 5, 6].map((n): [string, number, number] => [randomLayout(n), 24, 1]),
  ...[1, 2, 3].map((n): [string, number, number] => [randomLayout(n), 25, 1]),
  // Two layouts found to have boards of 26 moves, the most seen on any standard layout.
  ['WBCGOOPPYBCGYRR', 26, 2],
  ['POGCRPCRWOYBGYB', 26, 2],
];
const hard: { plates: string; pebbles: string; distance: number; hints: readonly number[] }[] = [];
for (const [plates, distance, count] of wanted) {
  for (let i = 0; i < count; i++) {
    try {
      const board = generate({ distance, seed: `hard-${plates}-${distance}-${i}`, plates, maxTries: 60_000, maxNodes: 200_000_000 });
      if (hard.some((b) => b.plates === board.plates && b.pebbles === board.pebbles)) continue; // rare boards: seeds may meet
      hard.push({ ...board, distance, hints: solve(board).hints });
    } catch (error) {
      if (!(error instanceof GenerateError)) throw error;
      log(`${plates} ${distance}: ${error.message}`);
    }
  }
}
write('hard-boards.jsonl', hard);

// 2. The standard shape, costliest for this solver.
const solver = createSolver();
const standard = new Worst(60, 3);
const standardLayouts = [
  ...hostileLayouts(12),
  ...Array.from({ length: 400 }, (_, i) => randomPlates(createRandom(`adversarial-layout-${i}`))),
];
const climbEnd = deadline(0.4);
for (const plates of standardLayouts) {
  if (performance.now() > climbEnd) break;
  climb(solver, plates, `adversarial-${plates}`, { starts: 2, steps: 200, deadline: climbEnd }, standard);
}
log(`standard climb: costliest ${standard.list()[0]?.nodes ?? 0} nodes`);
refine(solver, standard.list(), 'refine-standard', 200, deadline(0.2), standard);
log(`standard refine: costliest ${standard.list()[0]?.nodes ?? 0} nodes`);
write('adversarial-boards.jsonl', interleaved(standard.list()));

// 3. Other layouts.
const others = new Worst(50, 3);
const otherEnd = deadline(0.2);
for (const plates of [...spareLayouts(), ...otherLayouts(400)]) {
  if (performance.now() > otherEnd) break;
  climb(solver, plates, `other-${plates}`, { starts: 1, steps: 100, deadline: otherEnd, anySpare: true }, others);
}
log(`other layouts climb: costliest ${others.list()[0]?.nodes ?? 0} nodes`);
refine(solver, others.list(), 'refine-others', 100, deadline(0.1), others);
log(`other layouts refine: costliest ${others.list()[0]?.nodes ?? 0} nodes`);
// The example the solver once took seconds on, whatever it costs now.
const named = [costOf(solver, { plates: 'CDCCDBCEBDEABAE', pebbles: '-ADECCBBAEDECBC' })];
write('layout-boards.jsonl', [...named, ...interleaved(others.list().filter((b) => !named.some((n) => n.pebbles === b.pebbles)))]);
log('done');
