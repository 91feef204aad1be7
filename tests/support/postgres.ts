/**
 * A throwaway PostgreSQL cluster from the installed binaries (Debian's postgresql package):
 * initdb on a temporary folder, pg_ctl start on 127.0.0.1 and a free port, trust login as
 * `postgres`, and stop + delete. As root it runs them as the `postgres` user, since PostgreSQL
 * refuses to run as root. Used by the server tests' global setup and by bench:server.
 */
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const INSTALL_HINT =
  'PostgreSQL is not installed, and the server tests run every API test against it as well as SQLite. ' +
  'Install it with `sudo apt-get install -y postgresql` (Debian/Ubuntu; the tests start their own throwaway cluster from ' +
  '/usr/lib/postgresql/*/bin), or set DATABASE_URL=postgres://user@host:port/db to a database where the tests may create schemas.';

/** The bin folder of the newest PostgreSQL installed under /usr/lib/postgresql, or null. */
export function postgresBin(root = '/usr/lib/postgresql'): string | null {
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => /^\d+$/.test(v) && existsSync(join(root, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? join(root, versions[0]!, 'bin') : null;
}

export interface Cluster {
  /** e.g. postgres://postgres@127.0.0.1:41234/postgres */
  readonly url: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts a cluster. `fast` trades crash safety of the database server itself for speed (no
 * fsync): right for tests, which kill the tripebble server, never PostgreSQL; the benchmark
 * runs with PostgreSQL's defaults.
 */
export async function startCluster(options: { fast?: boolean; root?: string } = {}): Promise<Cluster> {
  const bin = postgresBin(options.root);
  if (!bin) throw new Error(INSTALL_HINT);
  const asRoot = userInfo().uid === 0;
  const exec = (tool: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]) : run(join(bin, tool), args);
  const dir = mkdtempSync(join(tmpdir(), 'tripebble-pg-'));
  if (asRoot) {
    const ids = await run('id', ['-u', 'postgres']).catch(() => null);
    const gids = await run('id', ['-g', 'postgres']).catch(() => null);
    if (!ids || !gids)
      throw new Error('running as root, but there is no `postgres` user to run PostgreSQL as: reinstall the postgresql package');
    chownSync(dir, Number(ids.stdout.trim()), Number(gids.stdout.trim()));
  }
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  try {
    await exec('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    const port = await freePort();
    const settings = [`-c listen_addresses=127.0.0.1`, `-p ${port}`, `-k ${dir}`, '-c max_connections=200'];
    if (options.fast) settings.push('-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off');
    await exec('pg_ctl', ['-D', data, '-l', log, '-w', '-t', '60', '-o', settings.join(' '), 'start']);
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      async stop() {
        await exec('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']).catch(() => {});
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    const tail = existsSync(log) ? `\n${readFileSync(log, 'utf8').slice(-2000)}` : '';
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`could not start a throwaway PostgreSQL cluster: ${(error as Error).message}${tail}`, { cause: error });
  }
}
