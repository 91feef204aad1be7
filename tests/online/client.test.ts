/**
 * The browser's API client against the real server (listening on 127.0.0.1, SQLite): every call
 * and its typed answer, and every way a call can fail as data: rejected, rate-limited, offline
 * (nothing listening, or a static host without the API), timeout, aborted, unexpected answers.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEVELS } from '../../src/levels';
import { createOnlineClient, newPlayerSecret } from '../../src/online/client';
import { isPlayerSecret } from '../../src/online/protocol';
import { SERVE_DEFAULTS } from '../../src/server/args';
import type { RunningServer } from '../../src/server/serve';
import { startServer } from '../../src/server/serve';
import { solve } from '../../src/solver';

let server: RunningServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tripebble-client-'));
  server = await startServer({ ...SERVE_DEFAULTS, port: 0, db: join(dir, 'client.db'), rateLimit: 1000 }, {}, dir);
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A plain HTTP server on 127.0.0.1 that answers every request with `handler`. */
async function fakeServer(handler: Parameters<typeof createServer>[1]): Promise<{ origin: string; close(): Promise<void> }> {
  const fake: Server = createServer(handler);
  await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
  const { port } = fake.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        fake.closeAllConnections();
        fake.close(() => resolve());
      }),
  };
}

describe('online client', () => {
  it('makes player secrets the server accepts, a new one each time', () => {
    const a = newPlayerSecret();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(isPlayerSecret(a)).toBe(true);
    expect(newPlayerSecret()).not.toBe(a);
  });

  it('plays a game to the leaderboard and back, then forgets the player', async () => {
    const client = createOnlineClient({ base: server.origin });
    expect(await client.health()).toEqual({ ok: true, value: { ok: true, store: 'sqlite' } });

    const level = LEVELS[4]!;
    const started = await client.startGame({ level: level.id });
    if (!started.ok) throw new Error(started.error.message);
    expect(started.value).toMatchObject({ plates: level.plates, pebbles: level.pebbles, par: level.par });

    const player = newPlayerSecret();
    const moves = [...solve(level).line];
    const finished = await client.finishGame(started.value.game, { moves, player, name: ' Ann ' });
    expect(finished).toEqual({ ok: true, value: { moves: level.par, par: level.par, ms: expect.any(Number), rank: 1, total: 1 } });

    const board = await client.leaderboard({ level: level.id }, { player, limit: 5 });
    expect(board).toEqual({
      ok: true,
      value: {
        par: level.par,
        total: 1,
        entries: [{ rank: 1, name: 'Ann', moves: level.par, ms: expect.any(Number) }],
        you: expect.objectContaining({ rank: 1 }),
      },
    });
    const byCodes = await client.leaderboard({ board: { plates: level.plates, pebbles: level.pebbles } });
    expect(byCodes.ok && byCodes.value.total).toBe(1);
    const today = await client.leaderboard({ daily: '2026-01-05' });
    expect(today.ok && today.value.par).toBe(12);

    expect(await client.deletePlayer(player)).toEqual({ ok: true, value: { removed: 1 } });
    const after = await client.leaderboard({ level: level.id }, { player });
    expect(after.ok && after.value).toMatchObject({ total: 0, entries: [], you: null });
  });

  it('gives refusals as data with the server’s reason', async () => {
    const client = createOnlineClient({ base: server.origin });
    const started = await client.startGame({ level: 1 });
    if (!started.ok) throw new Error(started.error.message);
    const name = await client.finishGame(started.value.game, { moves: [1], player: newPlayerSecret(), name: '<b>' });
    expect(name).toEqual({
      ok: false,
      error: { kind: 'rejected', status: 422, message: 'name must be 1–24 letters, digits, spaces, _ or - (after trimming)' },
    });
    const unknown = await client.finishGame('AAAAAAAAAAAAAAAAAAAAAA', { moves: [1], player: newPlayerSecret(), name: 'Ann' });
    expect(unknown.ok === false && unknown.error).toMatchObject({ kind: 'rejected', status: 404 });
    const line = [...solve(LEVELS[0]!).line];
    expect((await client.finishGame(started.value.game, { moves: line, player: newPlayerSecret(), name: 'Ann' })).ok).toBe(true);
    const again = await client.finishGame(started.value.game, { moves: line, player: newPlayerSecret(), name: 'Ann' });
    expect(again.ok === false && again.error).toMatchObject({ kind: 'rejected', status: 409 });
    const future = await client.leaderboard({ daily: '2999-01-01' });
    expect(future.ok === false && future.error).toEqual({
      kind: 'rejected',
      status: 404,
      message: 'the daily board of 2999-01-01 is not out yet',
    });
  });

  it('says when it is rate-limited and for how long', async () => {
    const limited = await startServer({ ...SERVE_DEFAULTS, port: 0, db: join(dir, 'limited.db'), rateLimit: 1 }, {}, dir);
    try {
      const client = createOnlineClient({ base: limited.origin });
      expect((await client.startGame({ level: 1 })).ok).toBe(true);
      const second = await client.startGame({ level: 1 });
      expect(second.ok === false && second.error).toMatchObject({
        kind: 'rate-limited',
        status: 429,
        retryAfterSeconds: expect.any(Number),
      });
    } finally {
      await limited.close();
    }
  });

  it('is offline when nothing listens, or the host serves no API', async () => {
    const gone = await fakeServer((_req, res) => res.end());
    await gone.close();
    const nothing = await createOnlineClient({ base: gone.origin }).health();
    expect(nothing.ok === false && nothing.error.kind).toBe('offline');

    const staticHost = await fakeServer((_req, res) => {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<h1>Not found</h1>');
    });
    try {
      const result = await createOnlineClient({ base: staticHost.origin }).leaderboard({ level: 1 });
      expect(result).toEqual({
        ok: false,
        error: { kind: 'offline', message: `no leaderboard server at ${staticHost.origin}api/ (HTTP 404, not JSON)` },
      });
    } finally {
      await staticHost.close();
    }
  });

  it('times out, can be aborted, and refuses answers of the wrong shape', async () => {
    const silent = await fakeServer(() => {});
    const odd = await fakeServer((req, res) => {
      res.writeHead(req.url?.startsWith('/api/health') ? 200 : 500, { 'content-type': 'application/json' });
      res.end(req.url?.startsWith('/api/health') ? '{"ok": "yes"}' : '{"nope": 1}');
    });
    try {
      const slow = await createOnlineClient({ base: silent.origin, timeoutMs: 150 }).health();
      expect(slow).toEqual({ ok: false, error: { kind: 'timeout', message: 'no answer within 150 ms' } });

      const controller = new AbortController();
      const pending = createOnlineClient({ base: silent.origin }).health({ signal: controller.signal });
      controller.abort();
      expect(await pending).toEqual({ ok: false, error: { kind: 'aborted', message: 'the call was cancelled' } });

      const wrong = await createOnlineClient({ base: odd.origin }).health();
      expect(wrong.ok === false && wrong.error).toMatchObject({ kind: 'unexpected', status: 200 });
      const failed = await createOnlineClient({ base: odd.origin }).startGame({ level: 1 });
      expect(failed.ok === false && failed.error).toEqual({ kind: 'server', status: 500, message: 'HTTP 500' });
    } finally {
      await silent.close();
      await odd.close();
    }
  });

  it('resolves the API below the page address, so the game works from a sub-folder behind a proxy', async () => {
    const seen: string[] = [];
    const proxy = await fakeServer((req, res) => {
      seen.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok": true, "store": "postgres"}');
    });
    try {
      const client = createOnlineClient({ base: `${proxy.origin}games/tripebble/index.html#daily` });
      expect(await client.health()).toEqual({ ok: true, value: { ok: true, store: 'postgres' } });
      expect(seen).toEqual(['/games/tripebble/api/health']);
    } finally {
      await proxy.close();
    }
  });
});
