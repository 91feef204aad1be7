/**
 * Hostile names and bodies get a 4xx and `{"error": …}` that says what is wrong, on SQLite and
 * PostgreSQL; a failure of the server itself is a 500 without details. No answer ever carries
 * a stack trace.
 */
import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { LEVELS } from '../../src/levels';
import { MOVES_MAX } from '../../src/online/protocol';
import { bestLine, json, newSecret, useApp } from './helpers/app';
import { DB_KINDS } from './helpers/databases';

/** An error answer: a 4xx or 5xx, exactly one `error` string, nothing that looks like a trace. */
function expectError(response: LightMyRequestResponse, status: number, error?: string | RegExp): void {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  const body = json(response);
  expect(Object.keys(body)).toEqual(['error']);
  expect(typeof body.error).toBe('string');
  expect(response.body).not.toMatch(/\bat .+:\d+:\d+|node_modules|\.ts\b|stack/);
  if (typeof error === 'string') expect(body.error).toBe(error);
  else if (error) expect(body.error).toMatch(error);
}

const NAME_RULE = 'name must be 1–24 letters, digits, spaces, _ or - (after trimming)';

describe.each(DB_KINDS)('hostile requests on %s', (kind) => {
  const server = useApp(kind);

  async function newGame(): Promise<string> {
    return (json(await server().post('/api/games', { level: 2 })) as { game: string }).game;
  }

  it('refuses names that are not 1–24 letters, digits, spaces, _ or -', async () => {
    const game = await newGame();
    const line = bestLine(LEVELS[1]!);
    for (const name of [
      '',
      '   ',
      '<script>alert(1)</script>',
      '<b>Ann</b>',
      'Ann&amp;',
      'a'.repeat(25),
      'Ann\nBo',
      'Ann\tBo',
      'Ann\u0000',
      'Ann\u202Eevil',
      'Ann\u200B',
      'Robert"); DROP TABLE players;--',
      '😀',
      "O'Brien",
    ]) {
      expectError(await server().post(`/api/games/${game}/finish`, { moves: line, player: newSecret(), name }), 422, NAME_RULE);
    }
    for (const name of [17, null, ['Ann'], { name: 'Ann' }]) {
      expectError(
        await server().post(`/api/games/${game}/finish`, { moves: line, player: newSecret(), name }),
        422,
        'name must be a string',
      );
    }
  });

  it('keeps names trimmed and in any script, exactly as stored', async () => {
    for (const [sent, shown] of [
      ['  Ann  ', 'Ann'],
      ['Zoë_Ørsted-2', 'Zoë_Ørsted-2'],
      ['Zoe\u0308', 'Zoë'],
      ['李小龍', '李小龍'],
      ['x'.repeat(24), 'x'.repeat(24)],
    ]) {
      const game = await newGame();
      const response = await server().post(`/api/games/${game}/finish`, { moves: bestLine(LEVELS[1]!), player: newSecret(), name: sent });
      expect(response.statusCode, sent).toBe(201);
      const names = (json(await server().get('/api/leaderboard?level=2&limit=100')) as { entries: { name: string }[] }).entries.map(
        (e) => e.name,
      );
      expect(names).toContain(shown);
    }
  });

  it('refuses secrets that are not a browser-made secret', async () => {
    const game = await newGame();
    for (const player of ['short', 'x'.repeat(129), 'has spaces in it, sixteen+', '<script>alert(1)</script>', 42]) {
      expectError(
        await server().post(`/api/games/${game}/finish`, { moves: [1], player, name: 'Ann' }),
        422,
        typeof player === 'string' ? /^player must be the secret the browser made/ : 'player must be a string',
      );
    }
  });

  it('refuses malformed, oversized and wrongly typed bodies', async () => {
    const { post } = server();
    const raw = (payload: string, type = 'application/json') =>
      post('/api/games', undefined, { payload, headers: { 'content-type': type } });
    expectError(await raw('{"level": 1'), 400, /not valid JSON/);
    expectError(await raw("{'level': 1}"), 400, /not valid JSON/);
    expectError(await raw(''), 400, 'the body is empty but says it is JSON');
    expectError(await raw('{"__proto__": {"admin": true}, "level": 1}'), 400, /not valid JSON/);
    expectError(await raw('{"constructor": {"prototype": {"admin": true}}, "level": 1}'), 400, /not valid JSON/);
    expectError(await raw(JSON.stringify({ level: 1, pad: 'x'.repeat(70_000) })), 413, 'the request body is too large (at most 64 KB)');
    expectError(await raw('{"level": 1}', 'text/plain'), 415, 'the body must be JSON, sent as Content-Type: application/json');
    expectError(await raw('level=1', 'application/x-www-form-urlencoded'), 415);
    expectError(await raw('[1, 2]'), 422, 'the body must be an object with one of "board", "daily" or "level"');
    expectError(await raw('"level"'), 422);
    expectError(await raw('null'), 422);
    expectError(await raw('{"level": "1"}'), 422, 'level must be a whole number');
    expectError(await raw('{"level": 1e400}'), 422);
    expectError(await raw('{"level": -1}'), 422, 'level must be 1 or more');
    expectError(await raw('{"level": 1, "admin": true}'), 422, 'unexpected field: admin');
    expectError(
      await raw('{"board": {"plates": "WCBRBOGYGPCORPY", "pebbles": "-PCBRYOGYGBCORP", "x": 1}}'),
      422,
      'unexpected field in board: x',
    );
    expectError(await raw('{"board": "WCBRBOGYGPCORPY"}'), 422);
    expectError(await raw(`{"daily": "${'9'.repeat(1000)}"}`), 422, 'daily must be a date like 2026-11-22');
    expectError(await raw('{"level": ' + '['.repeat(5000) + ']'.repeat(5000) + '}'), 422);
    expectError(await post('/api/games'), 422, 'the body must be an object with one of "board", "daily" or "level"');
  });

  it('refuses move lists that are not lists of positions, or too long', async () => {
    const game = await newGame();
    const finish = (moves: unknown) => server().post(`/api/games/${game}/finish`, { moves, player: newSecret(), name: 'Ann' });
    expectError(await finish('1,2,3'), 422, 'moves must be a list of positions');
    expectError(await finish([1, 15]), 422, 'moves must be positions 0–14 (at moves.1)');
    expectError(await finish([1, -1]), 422, 'moves must be positions 0–14 (at moves.1)');
    expectError(await finish([1.5]), 422, 'moves must be positions 0–14 (whole numbers) (at moves.0)');
    expectError(await finish(['1']), 422, 'moves must be positions 0–14 (whole numbers) (at moves.0)');
    expectError(await finish(Array.from({ length: MOVES_MAX + 1 }, () => 1)), 422, `moves may hold at most ${MOVES_MAX} moves`);
    // Nothing of that finished the game.
    const response = await server().post(`/api/games/${game}/finish`, { moves: bestLine(LEVELS[1]!), player: newSecret(), name: 'Ann' });
    expect(response.statusCode).toBe(201);
  });

  it('answers unknown routes and methods with a 404 error', async () => {
    expectError(await server().get('/api/nothing'), 404, 'there is nothing at GET /api/nothing');
    expectError(await server().del('/api/games'), 404);
    expectError(await server().get('/'), 404, 'the game is not built here: run `npm run build`, then start the server again');
  });

  it('answers a failure of its own with a bare 500, and the health check says the database is gone', async () => {
    // Last test of the file: it closes the database under the running app.
    await server().store.close();
    expectError(await server().post('/api/games', { level: 1 }), 500, 'the server failed to answer this request; it has been logged');
    expectError(await server().get('/api/health'), 503, `the ${kind} database does not answer`);
  });
});
