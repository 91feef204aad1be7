/**
 * Writes bench/hard-boards.jsonl: the hardest boards the generator finds (22 to 26 moves), on
 * the example layout, on a layout that is slow for a one-way search (SOLVER-NOTES §4) and on
 * random layouts, each with its exact distance and hint set. Run with `npm run bench:boards`.
 */
import { writeFileSync } from 'node:fs';
import { createRandom, randomPlates } from '../src/engine';
import { GenerateError, generate, solve } from '../src/solver';

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
  // Two layouts found to have boards of 26 moves, the most seen on any layout.
  ['WBCGOOPPYBCGYRR', 26, 2],
  ['POGCRPCRWOYBGYB', 26, 2],
];

const lines: string[] = [];
for (const [plates, distance, count] of wanted) {
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    try {
      const board = generate({ distance, seed: `hard-${plates}-${distance}-${i}`, plates, maxTries: 60_000 });
      const { hints } = solve(board);
      if (lines.some((line) => line.includes(`"pebbles":"${board.pebbles}"`) && line.includes(board.plates))) continue; // rare boards: seeds may meet
      lines.push(JSON.stringify({ plates: board.plates, pebbles: board.pebbles, distance, hints }));
      process.stderr.write(`${plates} ${distance}: ${board.pebbles} (${Math.round(performance.now() - started)} ms)\n`);
    } catch (error) {
      if (!(error instanceof GenerateError)) throw error;
      process.stderr.write(`${plates} ${distance}: ${error.message}\n`);
    }
  }
}
writeFileSync(new URL('hard-boards.jsonl', import.meta.url), lines.join('\n') + '\n');
process.stderr.write(`wrote ${lines.length} boards\n`);
