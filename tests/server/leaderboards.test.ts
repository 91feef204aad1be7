/**
 * Leaderboards on SQLite and PostgreSQL: ranked by moves, then time, then who finished first;
 * one entry per player and board (their best); the asking player's own entry; the same board
 * whichever way it is named; and forgetting a player.
 */
import { describe, expect, it } from 'vitest';
import { LEVELS } from '../../src/levels';
import { PLAYER_HEADER } from '../../src/online/protocol';
import { bestLine, json, newSecret, useApp } from './helpers/app';
import { DB_KINDS } from './helpers/databases';

interface Player {
  readonly secret: string;
  readonly name: string;
}

describe.each(DB_KINDS)('leaderboards on %s', (kind) => {
  const server = useApp(kind);

  /** Plays level `id` for `player`: `extra` wasted move pairs, `ms` on the clock. Returns the finish response. */
  async function play(id: number, player: Player, extra: number, ms: number) {
    const level = LEVELS[id - 1]!;
    const started = await server().post('/api/games', { level: id });
    const { game } = json(started) as { game: string };
    const line = bestLine(level);
    const hole = level.pebbles.indexOf('-');
    const detour = Array.from({ length: extra }, () => [line[0]!, hole]).flat();
    server().clock.now += ms;
    return server().post(`/api/games/${game}/finish`, { moves: [...detour, ...line], player: player.secret, name: player.name });
  }

  const player = (name: string): Player => ({ secret: newSecret(), name });

  async function board(query: string, headers: Record<string, string> = {}) {
    const response = await server().get(`/api/leaderboard?${query}`, headers);
    expect(response.statusCode, response.body).toBe(200);
    return json(response) as {
      par: number;
      total: number;
      entries: { rank: number; name: string; moves: number; ms: number }[];
      you?: unknown;
    };
  }

  it('is empty with its par for a board no one has finished', async () => {
    expect(await board('level=30')).toEqual({ par: LEVELS[29]!.par, total: 0, entries: [] });
  });

  it('ranks by moves, then time, then who finished first', async () => {
    const par = LEVELS[9]!.par;
    const [ann, bo, cy, di] = [player('Ann'), player('Bo'), player('Cy'), player('Di')];
    expect(json(await play(10, ann, 1, 5_000))).toMatchObject({ moves: par + 2, rank: 1, total: 1 });
    expect(json(await play(10, bo, 0, 9_000))).toMatchObject({ moves: par, rank: 1, total: 2 });
    expect(json(await play(10, cy, 0, 4_000))).toMatchObject({ moves: par, rank: 1, total: 3 });
    // Di ties with Cy on moves and time, but finished later.
    expect(json(await play(10, di, 0, 4_000))).toMatchObject({ rank: 2, total: 4 });
    const { entries, total } = await board('level=10');
    expect(total).toBe(4);
    expect(entries).toEqual([
      { rank: 1, name: 'Cy', moves: par, ms: 4_000 },
      { rank: 2, name: 'Di', moves: par, ms: 4_000 },
      { rank: 3, name: 'Bo', moves: par, ms: 9_000 },
      { rank: 4, name: 'Ann', moves: par + 2, ms: 5_000 },
    ]);
    expect((await board('level=10&limit=2')).entries.map((e) => e.name)).toEqual(['Cy', 'Di']);
  });

  it('keeps one entry per player: their best, under the name they used last', async () => {
    const eve = player('Eve');
    const par = LEVELS[11]!.par;
    expect(json(await play(12, eve, 2, 1_000))).toMatchObject({ moves: par + 4, rank: 1, total: 1 });
    expect(json(await play(12, eve, 0, 60_000))).toMatchObject({ moves: par, rank: 1, total: 1 });
    // A worse game later does not replace the best; the answer ranks the best.
    expect(json(await play(12, eve, 1, 500))).toMatchObject({ moves: par + 2, rank: 1, total: 1 });
    await play(12, { secret: eve.secret, name: 'Eve 2' }, 0, 30_000);
    expect((await board('level=12')).entries).toEqual([{ rank: 1, name: 'Eve 2', moves: par, ms: 30_000 }]);
  });

  it("gives the asking player's own entry, wherever it ranks", async () => {
    const players = Array.from({ length: 5 }, (_, i) => player(`P${i}`));
    for (const [i, p] of players.entries()) await play(13, p, 0, 1_000 * (i + 1));
    const last = players[4]!;
    const answer = await board('level=13&limit=2', { [PLAYER_HEADER]: last.secret });
    expect(answer.entries).toHaveLength(2);
    expect(answer.you).toEqual({ rank: 5, name: 'P4', moves: LEVELS[12]!.par, ms: 5_000 });
    expect((await board('level=13', { [PLAYER_HEADER]: newSecret() })).you).toBeNull();
    expect((await board('level=13')).you).toBeUndefined();
    const bad = await server().get('/api/leaderboard?level=13', { [PLAYER_HEADER]: '<script>' });
    expect(bad.statusCode).toBe(422);
  });

  it('is the same board whether named by level or by its codes', async () => {
    await play(14, player('Fay'), 0, 2_000);
    const { plates, pebbles } = LEVELS[13]!;
    expect(await board(`plates=${plates}&pebbles=${pebbles}`)).toEqual(await board('level=14'));
  });

  it("shows today's daily, and refuses unknown boards with a reason", async () => {
    const today = await board('daily=2026-11-30');
    expect(today.par).toBe(12);
    for (const [query, status, error] of [
      ['daily=2026-12-05', 404, 'the daily board of 2026-12-05 is not out yet'],
      [`level=${LEVELS.length + 1}`, 404, `there is no level ${LEVELS.length + 1}: the levels are 1 to ${LEVELS.length}`],
      [
        'plates=WCBRBOGYGPCORPY&pebbles=--CBRYOGYGBCORP',
        422,
        'invalid board: pebbles code has 2 holes (at positions 0, 1): it must have exactly one',
      ],
      ['plates=WCBRBOGYGPCORPY', 422, 'plates and pebbles go together'],
      ['level=1&daily=2026-11-30', 422, 'ask for exactly one board: daily=YYYY-MM-DD, level=N, or plates=…&pebbles=…'],
      ['level=1&limit=0', 422, 'limit must be from 1 to 100'],
      ['level=1&limit=101', 422, 'limit must be from 1 to 100'],
      ['level=1&level=2', 422, 'level is given more than once'],
      ['level=1&limit=5&limit=5', 422, 'limit is given more than once'],
      ['level=1&sort=name', 422, 'unexpected field: sort'],
    ] as const) {
      const response = await server().get(`/api/leaderboard?${query}`);
      expect(response.statusCode, query).toBe(status);
      expect(json(response), query).toEqual({ error: error });
    }
  });

  it('forgets a player: their entries and name go, their games stay finished', async () => {
    const gus = player('Gus');
    const hal = player('Hal');
    await play(15, gus, 0, 1_000);
    await play(16, gus, 0, 1_000);
    await play(15, hal, 0, 2_000);
    const started = json(await server().post('/api/games', { level: 17 })) as { game: string };
    const line = bestLine(LEVELS[16]!);
    expect((await server().post(`/api/games/${started.game}/finish`, { moves: line, player: gus.secret, name: 'Gus' })).statusCode).toBe(
      201,
    );

    const response = await server().del('/api/players/me', { player: gus.secret });
    expect(response.statusCode).toBe(200);
    expect(json(response)).toEqual({ removed: 3 });
    expect((await board('level=15')).entries.map((e) => e.name)).toEqual(['Hal']);
    expect((await board('level=16')).total).toBe(0);
    expect((await board('level=15', { [PLAYER_HEADER]: gus.secret })).you).toBeNull();
    // The game stays finished: it cannot be finished again under another name.
    expect((await server().post(`/api/games/${started.game}/finish`, { moves: line, player: gus.secret, name: 'Gus' })).statusCode).toBe(
      409,
    );
    // Forgetting twice, or someone never seen, removes nothing.
    expect(json(await server().del('/api/players/me', { player: gus.secret }))).toEqual({ removed: 0 });
    const missing = await server().del('/api/players/me', {});
    expect(missing.statusCode).toBe(422);
    expect(json(missing)).toEqual({ error: 'player is missing' });
  });
});
