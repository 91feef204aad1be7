/**
 * The HTTP edges, which do not depend on the database (run on SQLite): security headers and the
 * CSP, CORS for leaderboards only, serving the built game with the right caching, per-address
 * rate limits with Retry-After (also behind a trusted proxy), and the request timeout.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LEVELS } from '../../src/levels';
import { CSP_DIRECTIVES } from '../../src/server/security';
import { bestLine, json, newSecret, useApp } from './helpers/app';

const dist = mkdtempSync(join(tmpdir(), 'tripebble-dist-'));
mkdirSync(join(dist, 'assets'));
writeFileSync(
  join(dist, 'index.html'),
  '<!doctype html><title>tripebble</title><script type="module" src="./assets/index-abc123.js"></script>',
);
writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log("game")');
writeFileSync(join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {})');
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('security headers and the built game', () => {
  const server = useApp('sqlite', { dist });

  it('serves the game with a strict CSP and the usual security headers', async () => {
    const page = await server().get('/');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['cache-control']).toBe('no-cache');
    const csp = String(page.headers['content-security-policy']);
    const directives = Object.fromEntries(csp.split(';').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives).toEqual(CSP_DIRECTIVES);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(page.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
    });
    expect(page.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(page.headers['x-powered-by']).toBeUndefined();
  });

  it('caches hashed assets for a year and revalidates everything else', async () => {
    const asset = await server().get('/assets/index-abc123.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const worker = await server().get('/sw.js');
    expect(worker.headers['cache-control']).toBe('no-cache');
    expect(worker.headers['content-security-policy']).toBeDefined();
    expect((await server().get('/missing.js')).statusCode).toBe(404);
    expect((await server().get('/../package.json')).statusCode).toBe(404);
    expect((await server().get('/%2e%2e/package.json')).statusCode).toBe(404);
  });

  it('lets any origin read leaderboards, and nothing else', async () => {
    const origin = { origin: 'https://elsewhere.example' };
    const board = await server().get('/api/leaderboard?level=1', origin);
    expect(board.statusCode).toBe(200);
    expect(board.headers['access-control-allow-origin']).toBe('*');
    expect(board.headers['cache-control']).toBe('no-cache');

    for (const response of [
      await server().get('/api/health', origin),
      await server().post('/api/games', { level: 1 }, { headers: origin }),
      await server().app.inject({ method: 'OPTIONS', url: '/api/games', headers: { ...origin, 'access-control-request-method': 'POST' } }),
      await server().app.inject({
        method: 'OPTIONS',
        url: '/api/players/me',
        headers: { ...origin, 'access-control-request-method': 'DELETE' },
      }),
      await server().app.inject({
        method: 'OPTIONS',
        url: '/api/leaderboard?level=1',
        headers: { ...origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'x-tripebble-player' },
      }),
    ]) {
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
      expect(response.headers['access-control-allow-methods']).toBeUndefined();
      expect(response.headers['access-control-allow-headers']).toBeUndefined();
    }
  });
});

describe('rate limits', () => {
  const server = useApp('sqlite', { rateLimit: 3 });
  const from = (remoteAddress: string) => ({ remoteAddress });

  it('allows N starts a minute per address, then 429 with Retry-After', async () => {
    for (let i = 0; i < 3; i++) expect((await server().post('/api/games', { level: 1 }, from('10.0.0.1'))).statusCode).toBe(201);
    const limited = await server().post('/api/games', { level: 1 }, from('10.0.0.1'));
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(json(limited)).toEqual({
      error: expect.stringMatching(/^too many requests from this address: at most 3 a minute; try again in \d+ s$/),
    });
    // Another address has its own allowance; reading leaderboards is not limited.
    expect((await server().post('/api/games', { level: 1 }, from('10.0.0.2'))).statusCode).toBe(201);
    for (let i = 0; i < 10; i++)
      expect((await server().app.inject({ method: 'GET', url: '/api/leaderboard?level=1', ...from('10.0.0.1') })).statusCode).toBe(200);
  });

  it('limits finishes separately from starts', async () => {
    const games: string[] = [];
    for (let i = 0; i < 3; i++)
      games.push((json(await server().post('/api/games', { level: 1 }, from('10.0.0.3'))) as { game: string }).game);
    const line = bestLine(LEVELS[0]!);
    for (const game of games) {
      const response = await server().post(
        `/api/games/${game}/finish`,
        { moves: line, player: newSecret(), name: 'Ann' },
        from('10.0.0.3'),
      );
      expect(response.statusCode).toBe(201);
    }
    const extra = await server().post(`/api/games/${games[0]}/finish`, { moves: line, player: newSecret(), name: 'Ann' }, from('10.0.0.3'));
    expect(extra.statusCode).toBe(429);
  });
});

describe('rate limits behind a trusted proxy', () => {
  const server = useApp('sqlite', { rateLimit: 2, trustProxy: '127.0.0.1' });

  it('counts each client address the proxy names, and ignores the header from others', async () => {
    const via = (proxy: string, client: string) => ({ remoteAddress: proxy, headers: { 'x-forwarded-for': client } });
    for (const client of ['203.0.113.1', '203.0.113.1', '203.0.113.2', '203.0.113.2']) {
      expect((await server().post('/api/games', { level: 1 }, via('127.0.0.1', client))).statusCode).toBe(201);
    }
    expect((await server().post('/api/games', { level: 1 }, via('127.0.0.1', '203.0.113.1'))).statusCode).toBe(429);
    // A client that is not the proxy cannot pick its own address.
    expect((await server().post('/api/games', { level: 1 }, via('198.51.100.7', '203.0.113.9'))).statusCode).toBe(201);
    expect((await server().post('/api/games', { level: 1 }, via('198.51.100.7', '203.0.113.10'))).statusCode).toBe(201);
    expect((await server().post('/api/games', { level: 1 }, via('198.51.100.7', '203.0.113.11'))).statusCode).toBe(429);
  });
});

describe('rate limits turned off', () => {
  const server = useApp('sqlite', { rateLimit: 0 });

  it('accepts any number of starts', async () => {
    const statuses = await Promise.all(Array.from({ length: 40 }, () => server().post('/api/games', { level: 1 })));
    expect(statuses.every((r) => r.statusCode === 201)).toBe(true);
  });
});

describe('timeouts', () => {
  const server = useApp('sqlite', { requestTimeout: 300 });

  it('answers 408 to a client that starts a request and never finishes it', async () => {
    const address = await server().app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = new URL(address);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect({ port: Number(port), host: '127.0.0.1' });
      let received = '';
      socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
      socket.on('close', () => resolve(received));
      socket.on('error', reject);
      // Headers that promise a body, then silence.
      socket.write('POST /api/games HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"le');
      setTimeout(() => reject(new Error('the server kept the silent request open')), 5_000).unref();
    });
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
  });
});
