/**
 * `tripebble serve`: its arguments (errors as data, exit status 2 with usage), the database it
 * picks (SQLite, or PostgreSQL from DATABASE_URL), and the messages when it cannot start.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { SERVE_DEFAULTS, SERVE_USAGE, describeServeArgsError, parseServeArgs } from '../../src/server/args';
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
    expect(parseServeArgs([])).toEqual({ ok: true, value: { kind: 'serve', options: SERVE_DEFAULTS } });
    expect(SERVE_DEFAULTS.host).toBe('127.0.0.1');
    expect(parseServeArgs(['--port', '0', '--host', '::1', '--db', 'x.db', '--rate-limit=0', '--trust-proxy', '10.0.0.0/8'])).toEqual({
      ok: true,
      value: { kind: 'serve', options: { port: 0, host: '::1', db: 'x.db', rateLimit: 0, trustProxy: '10.0.0.0/8' } },
    });
    expect(parseServeArgs(['--help'])).toEqual({ ok: true, value: { kind: 'help' } });
    expect(parseServeArgs(['-h'])).toEqual({ ok: true, value: { kind: 'help' } });
  });

  it.each([
    ['true', true],
    ['false', false],
    ['127.0.0.1', '127.0.0.1'],
    ['10.0.0.0/8, ::1', '10.0.0.0/8,::1'],
    ['fe80::/10,loopback', 'fe80::/10,loopback'],
    ['192.168.0.0/255.255.0.0', '192.168.0.0/255.255.0.0'],
  ])('trusts the proxies at %s', (text, trustProxy) => {
    expect(parseServeArgs(['--trust-proxy', text])).toMatchObject({ ok: true, value: { options: { trustProxy } } });
  });

  it.each([
    [['--port', 'eighty'], { code: 'not-whole', option: '--port', text: 'eighty' }],
    [['--port', '-1'], { code: 'not-whole', option: '--port', text: '-1' }],
    [['--port', '70000'], { code: 'too-large', option: '--port', max: 65535, value: 70000 }],
    [['--rate-limit', '1.5'], { code: 'not-whole', option: '--rate-limit', text: '1.5' }],
    [['--rate-limit=-3'], { code: 'not-whole', option: '--rate-limit', text: '-3' }],
    [['--db', ''], { code: 'empty', option: '--db' }],
    [['--host', ' '], { code: 'empty', option: '--host' }],
    [['--bogus'], { code: 'unknown-option', option: '--bogus' }],
    [['--port'], { code: 'missing-value', option: '--port' }],
    [['--db', '--port', '1'], { code: 'missing-value', option: '--db' }],
    [['--help=yes'], { code: 'unexpected-value', option: '--help' }],
    [['extra'], { code: 'unexpected-argument', word: 'extra' }],
    [['--trust-proxy', 'proxy.example'], { code: 'proxy-address', text: 'proxy.example' }],
    [['--trust-proxy', '10.0.0.1,10.0.0.0/33'], { code: 'proxy-address', text: '10.0.0.0/33' }],
    [['--trust-proxy', '1'], { code: 'proxy-address', text: '1' }],
    [['--trust-proxy', ''], { code: 'proxy-address', text: '' }],
  ] as const)('refuses %j with the error code and its facts', (argv, error) => {
    expect(parseServeArgs(argv)).toEqual({ ok: false, error });
  });

  it('words each error once, naming the option and what was given (cut short when long)', () => {
    expect(describeServeArgsError({ code: 'not-whole', option: '--port', text: '-1' })).toBe("--port must be a whole number, got '-1'");
    expect(describeServeArgsError({ code: 'too-large', option: '--port', max: 65535, value: 70000 })).toBe(
      '--port must be at most 65535, got 70000',
    );
    expect(describeServeArgsError({ code: 'proxy-address', text: 'proxy.example' })).toMatch(
      /^--trust-proxy .*'proxy\.example' is neither$/,
    );
    expect(describeServeArgsError({ code: 'unexpected-argument', word: 'x'.repeat(500) })).toContain('(500 characters)');
  });

  it('runs from the tripebble command: help, and usage errors with status 2', async () => {
    expect(await runCli(['serve', '--help'])).toEqual({ code: 0, stdout: SERVE_USAGE, stderr: '' });
    const wrong = await runCli(['serve', '--port', 'x']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toBe(`tripebble serve: --port must be a whole number, got 'x'\n\n${SERVE_USAGE}`);
    const proxy = await runCli(['serve', '--trust-proxy', 'my-proxy']);
    expect(proxy.code).toBe(2);
    expect(proxy.stderr).toMatch(/^tripebble serve: --trust-proxy .*'my-proxy' is neither\n/);
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
