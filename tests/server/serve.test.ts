/**
 * `tripebble serve`: its arguments (errors as data, exit status 2 with usage), the database it
 * picks (SQLite, or PostgreSQL from DATABASE_URL), and the messages when it cannot start.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { SERVE_DEFAULTS, SERVE_USAGE, parseServeArgs } from '../../src/server/args';
import { databaseConfig, serveCommand, startServer } from '../../src/server/serve';
import { runCli } from '../cli/run';

function capture() {
  const stream = new PassThrough();
  const chunks: string[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c.toString()));
  return { stream, text: () => chunks.join('') };
}

describe('serve arguments', () => {
  it('has defaults, and reads every option', () => {
    expect(parseServeArgs([])).toEqual({ ok: true, command: { kind: 'serve', options: SERVE_DEFAULTS } });
    expect(SERVE_DEFAULTS.host).toBe('127.0.0.1');
    expect(parseServeArgs(['--port', '0', '--host', '::1', '--db', 'x.db', '--rate-limit=0', '--trust-proxy', '10.0.0.0/8'])).toEqual({
      ok: true,
      command: { kind: 'serve', options: { port: 0, host: '::1', db: 'x.db', rateLimit: 0, trustProxy: '10.0.0.0/8' } },
    });
    expect(parseServeArgs(['--trust-proxy', 'true'])).toMatchObject({ command: { options: { trustProxy: true } } });
    expect(parseServeArgs(['--help'])).toEqual({ ok: true, command: { kind: 'help' } });
  });

  it('returns what is wrong, never throws', () => {
    for (const [argv, error] of [
      [['--port', 'eighty'], "--port must be a whole number, got 'eighty'"],
      [['--port', '70000'], '--port must be at most 65535, got 70000'],
      [['--port', '-1'], /--port/],
      [['--rate-limit', '1.5'], "--rate-limit must be a whole number, got '1.5'"],
      [['--db', ''], '--db must name a file'],
      [['--host', ' '], '--host must not be empty'],
      [['--bogus'], /Unknown option '--bogus'/],
      [['--port'], /--port/],
      [['extra'], /positional argument/],
    ] as const) {
      const parsed = parseServeArgs(argv);
      expect(parsed.ok, argv.join(' ')).toBe(false);
      if (!parsed.ok) expect(parsed.error).toMatch(error);
    }
  });

  it('runs from the tripebble command: help, and usage errors with status 2', async () => {
    expect(await runCli(['serve', '--help'])).toEqual({ code: 0, stdout: SERVE_USAGE, stderr: '' });
    const wrong = await runCli(['serve', '--port', 'x']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toBe(`tripebble serve: --port must be a whole number, got 'x'\n\n${SERVE_USAGE}`);
    expect((await runCli(['help'])).stdout).toContain('tripebble serve');
  });
});

describe('serve start-up', () => {
  it('uses SQLite unless DATABASE_URL is set', () => {
    expect(databaseConfig({ db: 'a.db' }, {})).toEqual({ kind: 'sqlite', file: 'a.db' });
    expect(databaseConfig({ db: 'a.db' }, { DATABASE_URL: ' ' })).toEqual({ kind: 'sqlite', file: 'a.db' });
    expect(databaseConfig({ db: 'a.db' }, { DATABASE_URL: 'postgres://u@h/db' })).toEqual({ kind: 'postgres', url: 'postgres://u@h/db' });
  });

  it('says why it cannot start, with status 1', async () => {
    const cases: [string[], NodeJS.ProcessEnv, RegExp][] = [
      [
        ['--db', '/no/such/folder/x.db', '--port', '0'],
        {},
        /cannot create the database \/no\/such\/folder\/x\.db: the folder \/no\/such\/folder does not exist/,
      ],
      [['--port', '0'], { DATABASE_URL: 'mysql://u@h/db' }, /DATABASE_URL must be a postgres:\/\/ or postgresql:\/\/ URL/],
      // Nothing listens on port 1: a refused connection, and the password stays out of the message.
      [
        ['--port', '0'],
        { DATABASE_URL: 'postgres://u:hunter2@127.0.0.1:1/db' },
        /cannot prepare the postgres database at postgres:\/\/u:\*\*\*@127\.0\.0\.1:1\/db: .*ECONNREFUSED/,
      ],
    ];
    for (const [argv, env, message] of cases) {
      const stdout = capture();
      const stderr = capture();
      const code = await serveCommand(argv, { stdout: stdout.stream, stderr: stderr.stream, env });
      expect(code, argv.join(' ')).toBe(1);
      expect(stderr.text()).toMatch(message);
      expect(stderr.text()).not.toContain('hunter2');
    }
  });

  it('listens on 127.0.0.1 by default, answers, and says when the port is taken', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tripebble-serve-'));
    const options = { ...SERVE_DEFAULTS, port: 0, db: join(dir, 'a.db') };
    const server = await startServer(options, {}, dir);
    try {
      expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(await (await fetch(`${server.origin}/api/health`)).json()).toEqual({ ok: true, store: 'sqlite' });
      const port = Number(new URL(server.origin).port);
      await expect(startServer({ ...options, port, db: join(dir, 'b.db') }, {}, dir)).rejects.toThrow(
        `cannot listen on 127.0.0.1:${port}: the port is in use`,
      );
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
