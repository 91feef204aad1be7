/**
 * A server killed with SIGKILL in the middle of a burst of finishes loses no result it
 * acknowledged with a 201, keeps every other finish whole or not at all, and restarts cleanly
 * on the same database: SQLite (WAL, synchronous=FULL) and PostgreSQL. Child processes on 127.0.0.1.
 */
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LEVELS } from '../../src/levels';
import { PLAYER_HEADER } from '../../src/online/protocol';
import { bestLine, newSecret } from './helpers/app';
import { startChild } from './helpers/child';
import { DB_KINDS, testDatabase } from './helpers/databases';

const GAMES = 160;
/** Acknowledged finishes to wait for before the kill: the rest are still on their way. */
const KILL_AFTER = 25;
const LEVEL = LEVELS[2]!;

interface Attempt {
  readonly game: string;
  readonly player: string;
  readonly name: string;
  status: number | 'cut off' | null;
}

async function post(origin: string, path: string, body: unknown): Promise<Response> {
  return fetch(`${origin}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

describe.each(DB_KINDS)('a server killed with SIGKILL on %s', (kind) => {
  it('loses no acknowledged finish and restarts cleanly on the same database', { timeout: 120_000 }, async () => {
    const database = await testDatabase(kind);
    const args = ['--db', database.file, '--rate-limit', '0'];
    try {
      const first = await startChild(args, database.env);
      const attempts: Attempt[] = [];
      for (let i = 0; i < GAMES; i++) {
        const started = await post(first.origin, '/api/games', { level: LEVEL.id });
        expect(started.status).toBe(201);
        const { game } = (await started.json()) as { game: string };
        attempts.push({ game, player: newSecret(), name: `kill test ${i}`, status: null });
      }

      const line = bestLine(LEVEL);
      let acknowledged = 0;
      const inFlight = attempts.map(async (attempt) => {
        try {
          const response = await post(first.origin, `/api/games/${attempt.game}/finish`, {
            moves: line,
            player: attempt.player,
            name: attempt.name,
          });
          attempt.status = response.status;
          if (response.status === 201) acknowledged++;
        } catch {
          attempt.status = 'cut off';
        }
      });
      const deadline = Date.now() + 30_000;
      while (acknowledged < KILL_AFTER && Date.now() < deadline) await new Promise((r) => setTimeout(r, 2));
      await first.kill();
      await Promise.all(inFlight);

      const acked = attempts.filter((a) => a.status === 201);
      expect(acked.length).toBeGreaterThanOrEqual(KILL_AFTER);
      expect(
        attempts.every((a) => a.status === 201 || a.status === 'cut off'),
        JSON.stringify(attempts.map((a) => a.status)),
      ).toBe(true);

      const second = await startChild(args, database.env);
      try {
        expect(await (await fetch(`${second.origin}/api/health`)).json()).toEqual({ ok: true, store: kind });
        // Every acknowledged finish is there: on the leaderboard under its name, and finished for good.
        for (const attempt of acked) {
          const board = await fetch(`${second.origin}/api/leaderboard?level=${LEVEL.id}&limit=1`, {
            headers: { [PLAYER_HEADER]: attempt.player },
          });
          const { you } = (await board.json()) as { you: { name: string; moves: number } | null };
          expect(you).toMatchObject({ name: attempt.name, moves: LEVEL.par });
          const again = await post(second.origin, `/api/games/${attempt.game}/finish`, {
            moves: line,
            player: attempt.player,
            name: attempt.name,
          });
          expect(again.status).toBe(409);
        }
        // A finish cut off by the kill either landed whole or not at all: finishing it now says which.
        let landed = 0;
        for (const attempt of attempts.filter((a) => a.status === 'cut off')) {
          const board = await fetch(`${second.origin}/api/leaderboard?level=${LEVEL.id}&limit=1`, {
            headers: { [PLAYER_HEADER]: attempt.player },
          });
          const { you } = (await board.json()) as { you: unknown };
          const again = await post(second.origin, `/api/games/${attempt.game}/finish`, {
            moves: line,
            player: attempt.player,
            name: attempt.name,
          });
          expect(again.status).toBe(you === null ? 201 : 409);
          if (you !== null) landed++;
        }
        const total = ((await (await fetch(`${second.origin}/api/leaderboard?level=${LEVEL.id}`)).json()) as { total: number }).total;
        expect(total).toBe(GAMES);
        console.info(
          `${kind}: killed after ${acked.length} of ${GAMES} finishes were acknowledged; ${landed} more had landed unacknowledged`,
        );
      } finally {
        expect(await second.stop()).toBe(0);
      }
      if (kind === 'sqlite') {
        const sqlite = new BetterSqlite3(database.file, { readonly: true });
        expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
        sqlite.close();
      }
    } finally {
      await database.drop();
    }
  });
});
