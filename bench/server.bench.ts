/**
 * `npm run bench:server`: `tripebble serve` under load on loopback, on SQLite and on PostgreSQL
 * (a throwaway cluster with PostgreSQL's default durability settings, unless DATABASE_URL names
 * one): 300 players start today's daily at once, 300 finish it at once (all must be accepted),
 * then 5 s of leaderboard reads. Prints requests per second and p50/p99 latency per phase. The
 * server runs as a child process so that the load generator does not share its event loop.
 * Bounded in count and time; not part of `npm test`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { dailySeed } from '../src/levels';
import { solve } from '../src/solver';
import { startChild } from '../tests/server/helpers/child';
import { startCluster } from '../tests/support/postgres';

const PLAYERS = 300;
const READ_SECONDS = 5;

interface Phase {
  readonly store: string;
  readonly phase: string;
  readonly requests: number;
  readonly accepted: number;
  readonly perSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

/** One autocannon run, and its wall-clock seconds (autocannon's own duration is coarse). */
function run(options: autocannon.Options): Promise<autocannon.Result & { seconds: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve({ ...result, seconds: (performance.now() - started) / 1000 })));
  });
}

function row(store: string, phase: string, result: autocannon.Result & { seconds: number }, accepted: number): Phase {
  const requests = result.requests.total;
  return {
    store,
    phase,
    requests,
    accepted,
    perSecond: Math.round(requests / result.seconds),
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
  };
}

async function measure(store: string, args: string[], env: NodeJS.ProcessEnv): Promise<Phase[]> {
  const server = await startChild([...args, '--rate-limit', '0'], env);
  try {
    const daily = dailySeed(new Date());
    const games: string[] = [];
    let board = { plates: '', pebbles: '' };
    const starts = await run({
      url: server.origin,
      connections: PLAYERS,
      amount: PLAYERS,
      timeout: 30,
      requests: [
        {
          method: 'POST',
          path: '/api/games',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ daily }),
          onResponse: (status, body) => {
            if (status !== 201) return;
            const started = JSON.parse(body) as { game: string; plates: string; pebbles: string };
            games.push(started.game);
            board = { plates: started.plates, pebbles: started.pebbles };
          },
        },
      ],
    });
    if (games.length !== PLAYERS) throw new Error(`${store}: only ${games.length} of ${PLAYERS} games started`);

    const moves = [...solve(board).line];
    let next = 0;
    const statuses = new Map<number, number>();
    const finishes = await run({
      url: server.origin,
      connections: PLAYERS,
      amount: PLAYERS,
      timeout: 30,
      requests: [
        {
          method: 'POST',
          setupRequest: (request) => {
            const i = next++;
            return {
              ...request,
              path: `/api/games/${games[i % PLAYERS]}/finish`,
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ moves, player: `bench-player-${i}-${store}-secret`, name: `Player ${i}` }),
            };
          },
          onResponse: (status) => statuses.set(status, (statuses.get(status) ?? 0) + 1),
        },
      ],
    });
    const accepted = statuses.get(201) ?? 0;
    if (accepted !== PLAYERS) throw new Error(`${store}: ${accepted} of ${PLAYERS} finishes accepted (${JSON.stringify([...statuses])})`);

    const reads = await run({
      url: `${server.origin}/api/leaderboard?daily=${daily}`,
      connections: 50,
      duration: READ_SECONDS,
      timeout: 10,
    });
    return [
      row(store, `${PLAYERS} players start the daily at once`, starts, games.length),
      row(store, `${PLAYERS} players finish at once`, finishes, accepted),
      row(store, `leaderboard reads, 50 connections, ${READ_SECONDS} s`, reads, reads['2xx']),
    ];
  } finally {
    await server.stop();
  }
}

async function postgresTarget(): Promise<{ env: NodeJS.ProcessEnv; done(): Promise<void> }> {
  const given = process.env['DATABASE_URL']?.trim();
  const cluster = given ? null : await startCluster();
  const base = given || cluster!.url;
  const schema = `bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    env: { ...process.env, DATABASE_URL: url.href },
    async done() {
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
      await cluster?.stop();
    },
  };
}

const dir = mkdtempSync(join(tmpdir(), 'tripebble-bench-'));
const rows: Phase[] = [];
try {
  const { DATABASE_URL: _unused, ...sqliteEnv } = process.env;
  rows.push(...(await measure('sqlite', ['--db', join(dir, 'bench.db')], sqliteEnv)));
  const postgres = await postgresTarget();
  try {
    rows.push(...(await measure('postgres', [], postgres.env)));
  } finally {
    await postgres.done();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log('| store | phase | requests | accepted | req/s | p50 ms | p99 ms | max ms |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows)
  console.log(`| ${r.store} | ${r.phase} | ${r.requests} | ${r.accepted} | ${r.perSecond} | ${r.p50} | ${r.p99} | ${r.max} |`);
