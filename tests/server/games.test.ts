/**
 * Starting and finishing games, on SQLite and on PostgreSQL: the boards are exactly the game's
 * (levels, dailies from the generator), par comes from the solver and is cached, and only a real
 * solution of the game's own board is accepted, once.
 */
import { describe, expect, it } from 'vitest';
import { EXAMPLE_BOARD, POSITIONS, applyMoves, canMove, holeOf, isSolved } from '../../src/engine';
import { LEVELS, dailyDistance, dailySeed } from '../../src/levels';
import { generate } from '../../src/solver';
import { fixtureBoards } from '../fixtures';
import { NOON, bestLine, json, newSecret, useApp } from './helpers/app';
import { DB_KINDS } from './helpers/databases';

describe.each(DB_KINDS)('games on %s', (kind) => {
  const server = useApp(kind);

  async function start(source: object) {
    const response = await server().post('/api/games', source);
    expect(response.statusCode, response.body).toBe(201);
    return json(response) as { game: string; plates: string; pebbles: string; par: number };
  }

  function finish(game: string, moves: number[], player = newSecret(), name = 'Ann') {
    return server().post(`/api/games/${game}/finish`, { moves, player, name });
  }

  it('reports which database it runs on', async () => {
    const response = await server().get('/api/health');
    expect(response.statusCode).toBe(200);
    expect(json(response)).toEqual({ ok: true, store: kind });
  });

  it('starts a level on the level board, with the level par from the solver', async () => {
    for (const level of [LEVELS[0]!, LEVELS[20]!, LEVELS.at(-1)!]) {
      const game = await start({ level: level.id });
      expect(game).toMatchObject({ plates: level.plates, pebbles: level.pebbles, par: level.par });
      expect(game.game).toMatch(/^[A-Za-z0-9_-]{22}$/);
    }
  });

  it('starts a daily on the board the game makes for that day', async () => {
    for (const day of ['2026-11-24', '2026-11-29', '2026-11-30']) {
      const date = new Date(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8)));
      expect(dailySeed(date)).toBe(day);
      const expected = generate({ distance: dailyDistance(date), seed: day });
      const game = await start({ daily: day });
      expect(game).toMatchObject({ plates: expected.plates, pebbles: expected.pebbles, par: dailyDistance(date) });
    }
  });

  it('refuses dailies that are not out anywhere yet, and days that do not exist', async () => {
    // At 12:00 UTC it is already the next day from UTC+12 on: that daily is out.
    expect((await server().post('/api/games', { daily: '2026-12-01' })).statusCode).toBe(201);
    for (const daily of ['2026-12-02', '2027-11-30']) {
      const response = await server().post('/api/games', { daily });
      expect(response.statusCode).toBe(422);
      expect(json(response).error).toBe(`the daily board of ${daily} is not out yet`);
    }
    const response = await server().post('/api/games', { daily: '2026-02-30' });
    expect(response.statusCode).toBe(422);
    expect(json(response).error).toBe('daily 2026-02-30 is not a real day');
  });

  it('starts any valid board with its exact par, and says what is wrong with an invalid one', async () => {
    const fixture = fixtureBoards.find((b) => b.distance === 9)!;
    const game = await start({ board: { plates: fixture.plates, pebbles: fixture.pebbles } });
    expect(game.par).toBe(9);
    expect(await server().store.cachedPar(fixture)).toBe(9);

    const bad = await server().post('/api/games', { board: { plates: EXAMPLE_BOARD.plates, pebbles: '-PCBRYOGYGBCORx' } });
    expect(bad.statusCode).toBe(422);
    expect(json(bad).error).toMatch(/^invalid board: pebbles code has 'x' at position 14/);
    const solved = await server().post('/api/games', { board: { plates: 'WCBRBOGYGPCORPY', pebbles: '-CBRBOGYGPCORPY' } });
    expect(solved.statusCode).toBe(422);
    expect(json(solved).error).toMatch(/already solved/);
    const level = await server().post('/api/games', { level: LEVELS.length + 1 });
    expect(level.statusCode).toBe(422);
    expect(json(level).error).toBe(`there is no level ${LEVELS.length + 1}: the levels are 1 to ${LEVELS.length}`);
  });

  it('accepts a solution, with moves and time measured by the server', async () => {
    const game = await start({ board: EXAMPLE_BOARD });
    server().clock.now += 83_250;
    const response = await finish(game.game, bestLine(EXAMPLE_BOARD), newSecret(), 'Solver');
    expect(response.statusCode, response.body).toBe(201);
    expect(json(response)).toEqual({ moves: 16, par: 16, ms: 83_250, rank: 1, total: 1 });
  });

  it('accepts a longer solution than par, and refuses a time sent by the client', async () => {
    const level = LEVELS[0]!;
    const game = await start({ level: level.id });
    // Two wasted moves: out of the hole and back, then the best line.
    const line = bestLine(level);
    const hole = level.pebbles.indexOf('-');
    const first = applyMoves(level, [line[0]!]);
    const detour = [line[0]!, hole, ...line];
    expect(isSolved(applyMoves(level, detour))).toBe(true);
    expect(first.pebbles).not.toBe(level.pebbles);
    const sneaky = await server().post(`/api/games/${game.game}/finish`, { moves: detour, player: newSecret(), name: 'Ann', ms: 1 });
    expect(sneaky.statusCode).toBe(422);
    expect(json(sneaky).error).toBe('unexpected field: ms');
    const response = await finish(game.game, detour);
    expect(response.statusCode).toBe(201);
    expect(json(response)).toMatchObject({ moves: level.par + 2, par: level.par });
  });

  it('refuses forged results: illegal moves, unsolved boards, moves of another game', async () => {
    const game = await start({ board: EXAMPLE_BOARD });
    const line = bestLine(EXAMPLE_BOARD);

    const after = applyMoves(EXAMPLE_BOARD, [line[0]!]);
    const stuck = POSITIONS.find((p) => p !== holeOf(after) && !canMove(after, p))!;
    const illegal = await finish(game.game, [line[0]!, stuck, ...line.slice(1)]);
    expect(illegal.statusCode).toBe(422);
    expect(json(illegal).error).toBe(`move 2 (from position ${stuck}) is illegal: that pebble is not on a straight line with the hole`);
    const hole = await finish(game.game, [holeOf(EXAMPLE_BOARD)]);
    expect(json(hole).error).toBe('move 1 (from position 0) is illegal: that is the hole: pick a pebble to move into it');

    const unsolved = await finish(game.game, line.slice(0, -1));
    expect(unsolved.statusCode).toBe(422);
    expect(json(unsolved).error).toMatch(/^the moves do not solve the board: \d+ pebbles? (is|are) still on another colour$/);

    const none = await finish(game.game, []);
    expect(none.statusCode).toBe(422);

    const other = await start({ level: 5 });
    const wrongGame = await finish(other.game, line);
    expect(wrongGame.statusCode).toBe(422);

    // None of that finished the game: the real solution still counts.
    expect((await finish(game.game, line)).statusCode).toBe(201);
  });

  it('answers 404 for unknown games and 409 for a replayed finish', async () => {
    const unknown = await finish('AAAAAAAAAAAAAAAAAAAAAA', [1]);
    expect(unknown.statusCode).toBe(404);
    expect(json(unknown).error).toMatch(/^there is no game "AAAAAAAAAAAAAAAAAAAAAA"/);
    expect((await finish('not-an-id', [1])).statusCode).toBe(404);
    expect((await finish('../../etc/passwd', [1])).statusCode).toBe(404);

    const level = LEVELS[2]!;
    const game = await start({ level: level.id });
    const player = newSecret();
    expect((await finish(game.game, bestLine(level), player)).statusCode).toBe(201);
    const replay = await finish(game.game, bestLine(level), player);
    expect(replay.statusCode).toBe(409);
    expect(json(replay).error).toBe('this game is finished already: start a new one to play again');
    const otherPlayer = await finish(game.game, bestLine(level));
    expect(otherPlayer.statusCode).toBe(409);
  });

  it('finishes a game once when two finishes race', async () => {
    const level = LEVELS[3]!;
    const game = await start({ level: level.id });
    const responses = await Promise.all(Array.from({ length: 6 }, () => finish(game.game, bestLine(level))));
    const statuses = responses.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409]);
    const board = json(await server().get(`/api/leaderboard?level=${level.id}`));
    expect(board['total']).toBe(1);
  });

  it('keeps the start time it recorded: a clock that went back gives 0 ms, never less', async () => {
    const game = await start({ level: 7 });
    server().clock.now -= 5_000;
    const response = await finish(game.game, bestLine(LEVELS[6]!));
    expect(json(response)['ms']).toBe(0);
    server().clock.now = NOON;
  });
});
