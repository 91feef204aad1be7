/**
 * Pars off the event loop, on SQLite and PostgreSQL: the server answers while a hard board is
 * solved on a solver thread; a leaderboard read of a board no one registered writes nothing;
 * concurrent requests for one board solve it once; a solve over the time limit is a worded 503
 * and the next board solves on a new thread; reads that need a solve are rate-limited, others not.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Board } from '../../src/engine';
import { applyMoves } from '../../src/engine';
import { LEVELS } from '../../src/levels';
import { createSolverPool } from '../../src/server/solver/pool';
import { generate } from '../../src/solver';
import { bestLine, json, useApp } from './helpers/app';
import { DB_KINDS } from './helpers/databases';

/** The adversarial board (bench/adversarial-boards.jsonl) the solver takes longest over: 22 moves. */
const HARD: Board = { plates: 'RGCCOOBRWGPPYBY', pebbles: 'GBB-YORYCPRGPCO' };
const HARD_PAR = 22;

/** A new easy board per call (3 moves from solved), which no test has seen. */
let seeds = 0;
function easyBoard(): Board {
  seeds++;
  const { plates, pebbles } = generate({ distance: 3, seed: `pars-test-${seeds}` });
  return { plates, pebbles };
}

const query = (board: Board) => `/api/leaderboard?plates=${board.plates}&pebbles=${board.pebbles}`;

describe.each(DB_KINDS)('pars on %s', (kind) => {
  const pool = createSolverPool({ size: 1 });
  const server = useApp(kind, { solver: pool });
  afterAll(() => pool.close());

  it('reads a board no one registered without writing it, and registers it when a game starts', async () => {
    const board = easyBoard();
    // No thread runs until a board needs one.
    expect(pool.counts().threads).toBe(0);
    const read = await server().get(query(board));
    expect(read.statusCode, read.body).toBe(200);
    expect(json(read)).toEqual({ par: 3, total: 0, entries: [] });
    expect(await server().store.cachedPar(board)).toBeNull();
    const started = await server().post('/api/games', { board });
    expect(started.statusCode, started.body).toBe(201);
    expect(json(started).par).toBe(3);
    expect(await server().store.cachedPar(board)).toBe(3);
  });

  it('answers other requests while a hard board is solved on a solver thread', async () => {
    // The thread is started and warm (the test above), so the solve begins at once.
    let readDone = false;
    const read = server()
      .get(query(HARD))
      .finally(() => (readDone = true));
    expect(pool.solving(HARD)).toBe(false);
    await vi.waitFor(() => expect(pool.solving(HARD)).toBe(true));
    const health = await server().get('/api/health');
    expect(health.statusCode).toBe(200);
    // Health answered while the hard board was still being solved.
    expect(pool.solving(HARD)).toBe(true);
    expect(readDone).toBe(false);
    const answer = await read;
    expect(answer.statusCode, answer.body).toBe(200);
    expect(json(answer)).toEqual({ par: HARD_PAR, total: 0, entries: [] });
    expect(await server().store.cachedPar(HARD)).toBeNull();
  });

  it('solves a board once for concurrent requests, then answers from memory', async () => {
    const board = easyBoard();
    const before = pool.counts().solves;
    const answers = await Promise.all([
      ...Array.from({ length: 4 }, () => server().get(query(board))),
      server().post('/api/games', { board }),
    ]);
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200, 200, 201]);
    expect(new Set(answers.map((a) => json(a).par))).toEqual(new Set([3]));
    expect(pool.counts().solves).toBe(before + 1);
    expect((await server().get(query(board))).statusCode).toBe(200);
    expect(pool.counts().solves).toBe(before + 1);
  });

  it('never solves a level: its par is its own', async () => {
    const before = pool.counts().solves;
    const level = LEVELS[29]!;
    expect(json(await server().get(query(level))).par).toBe(level.par);
    expect(pool.counts().solves).toBe(before);
  });
});

describe.each(DB_KINDS)('a solve over the time limit on %s', (kind) => {
  // Far below what the hard board takes anywhere, far above what a 1-move board takes.
  const pool = createSolverPool({ size: 1, timeLimit: 25 });
  const server = useApp(kind, { solver: pool });
  afterAll(() => pool.close());

  it('starts a thread when a board first needs one', async () => {
    expect(pool.counts().threads).toBe(0);
    const easy = await server().get(query(oneMoveBoard(LEVELS[1]!)));
    expect(easy.statusCode, easy.body).toBe(200);
    expect(json(easy).par).toBe(1);
    expect(pool.counts().threads).toBe(1);
  });

  it('is a worded 503, ends the thread, and the next board solves on a new one', async () => {
    const threads = pool.counts().threads;
    const slow = await server().get(query(HARD));
    expect(slow.statusCode).toBe(503);
    expect(json(slow)).toEqual({ error: expect.stringMatching(/could not work out this board's par within 0\.025 s/) });
    expect(slow.body).not.toMatch(/at .*\.ts/);
    expect(pool.counts().timeouts).toBe(1);
    expect(await server().store.cachedPar(HARD)).toBeNull();

    const level = LEVELS[0]!;
    const next = await server().get(query(oneMoveBoard(level)));
    expect(next.statusCode, next.body).toBe(200);
    expect(json(next).par).toBe(1);
    expect(pool.counts().threads).toBeGreaterThan(threads);
  });
});

/** A board one move from solved: a level played along an optimal line but for its last move. */
function oneMoveBoard(level: Board): Board {
  return applyMoves(level, bestLine(level).slice(0, -1));
}

describe('reads that need a solve', () => {
  const limited = useApp('sqlite', { rateLimit: 2 });

  it('are limited per address and minute; cached reads and levels are not', async () => {
    const [a, b, c] = [easyBoard(), easyBoard(), easyBoard()];
    expect((await limited().get(query(a))).statusCode).toBe(200);
    expect((await limited().get(query(b))).statusCode).toBe(200);
    const refused = await limited().get(query(c));
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(json(refused).error).toMatch(/too many new boards from this address: at most 2 a minute/);
    for (let i = 0; i < 3; i++) {
      expect((await limited().get(query(a))).statusCode).toBe(200);
      expect((await limited().get('/api/leaderboard?level=3')).statusCode).toBe(200);
    }
  });

  const open = useApp('sqlite', { rateLimit: 0 });

  it('are not limited with --rate-limit 0', async () => {
    for (let i = 0; i < 4; i++) expect((await open().get(query(easyBoard()))).statusCode).toBe(200);
  });
});
