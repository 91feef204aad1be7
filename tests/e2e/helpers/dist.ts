/**
 * Where the built site is, and boards the browser tests play. Reads dist/ only; the tests run
 * after `npm run build`, and say so when it has not run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fixtureBoards, type FixtureBoard } from '../../fixtures';

export const DIST = fileURLToPath(new URL('../../../dist/', import.meta.url));
/** The sub-folder dist/ is served from, as on a site that hosts more than the game. */
export const PREFIX = '/games/tripebble/';

export function assertBuilt(): void {
  for (const file of ['index.html', 'embed.js', 'sw.js']) {
    if (!existsSync(`${DIST}${file}`)) throw new Error(`dist/${file} is missing: run \`npm run build\` before the e2e tests`);
  }
}

/** A 24-move board of the example layout, from the project's generator (seed "e2e-hard-24"). */
const HARD_24 = { plates: 'WCBRBOGYGPCORPY', pebbles: 'YYRPO-BCRCBPGOG', distance: 24 };

/** The hardest board we know of: bench/hard-boards.jsonl (when present), the fixtures, HARD_24. */
export function hardestBoard(): { plates: string; pebbles: string; distance: number } {
  const bench = fileURLToPath(new URL('../../../bench/hard-boards.jsonl', import.meta.url));
  const benchBoards: { plates: string; pebbles: string; distance: number }[] = existsSync(bench)
    ? readFileSync(bench, 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as FixtureBoard)
    : [];
  return [HARD_24, ...benchBoards, ...fixtureBoards].reduce((a, b) => (b.distance > a.distance ? b : a));
}

/** A fixture board at exactly this distance (a short game for tests that play to the end). */
export function boardAtDistance(distance: number): FixtureBoard {
  const board = fixtureBoards.find((b) => b.distance === distance);
  if (!board) throw new Error(`no fixture board at distance ${distance}`);
  return board;
}

export function shareLink(base: string, board: { plates: string; pebbles: string }): string {
  return `${base}#plates=${board.plates}&pebbles=${board.pebbles}`;
}
