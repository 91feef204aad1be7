/**
 * `npm run bench:server:pars`: how `tripebble serve` answers while it works out pars of hard
 * boards. The server runs as a child process on SQLite (the store plays no part in solving),
 * rate limits off. Phases: leaderboard reads of the adversarial boards (bench/adversarial-
 * boards.jsonl), one after another, while a second client asks /api/health every 10 ms; the same
 * reads again (now remembered); and 8 clients reading one new hard board at once. Prints latency
 * per phase and what the health checks waited. Bounded in count and time; not part of `npm test`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Board } from '../src/engine';
import { startChild } from '../tests/server/helpers/child';

const BOARDS = 20;
const HEALTH_EVERY_MS = 10;

const boards: Board[] = readFileSync(new URL('./adversarial-boards.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Board)
  .slice(0, BOARDS + 1);

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN);
}

function summary(name: string, ms: readonly number[], statuses: readonly number[] = []) {
  const counts: Record<string, number> = {};
  for (const s of statuses) counts[s] = (counts[s] ?? 0) + 1;
  return {
    phase: name,
    requests: ms.length,
    p50: percentile(ms, 50),
    p99: percentile(ms, 99),
    max: Math.round(Math.max(...ms)),
    statuses: JSON.stringify(counts),
  };
}

async function timed(url: string): Promise<{ ms: number; status: number }> {
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status };
}

const dir = mkdtempSync(join(tmpdir(), 'tripebble-bench-pars-'));
const { DATABASE_URL: _ignored, ...env } = process.env;
const server = await startChild(['--db', join(dir, 'bench.db'), '--rate-limit', '0'], env);
const read = (board: Board) => `${server.origin}/api/leaderboard?plates=${board.plates}&pebbles=${board.pebbles}`;
const rows = [];
try {
  // The solver thread starts on the first board that needs it: a level needs none, so use a daily.
  const first = await timed(`${server.origin}/api/leaderboard?daily=2026-01-01`);
  rows.push(summary('first solve (starts the solver thread)', [first.ms], [first.status]));

  const health: number[] = [];
  let solving = true;
  const poller = (async () => {
    while (solving) {
      health.push((await timed(`${server.origin}/api/health`)).ms);
      await new Promise((resolve) => setTimeout(resolve, HEALTH_EVERY_MS));
    }
  })();
  const reads: { ms: number; status: number }[] = [];
  for (const board of boards.slice(0, BOARDS)) reads.push(await timed(read(board)));
  solving = false;
  await poller;
  rows.push(
    summary(
      `reads of ${BOARDS} new adversarial boards, one at a time`,
      reads.map((r) => r.ms),
      reads.map((r) => r.status),
    ),
  );
  rows.push(summary('/api/health every 10 ms meanwhile', health));

  const again: { ms: number; status: number }[] = [];
  for (const board of boards.slice(0, BOARDS)) again.push(await timed(read(board)));
  rows.push(
    summary(
      'the same reads again (remembered)',
      again.map((r) => r.ms),
      again.map((r) => r.status),
    ),
  );

  const crowd = await Promise.all(Array.from({ length: 8 }, () => timed(read(boards[BOARDS]!))));
  rows.push(
    summary(
      '8 clients read one new hard board at once',
      crowd.map((r) => r.ms),
      crowd.map((r) => r.status),
    ),
  );
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
console.table(rows);
