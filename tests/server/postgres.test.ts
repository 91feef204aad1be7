/**
 * The throwaway PostgreSQL of the server tests: found under /usr/lib/postgresql, and a clear
 * failure that says how to install it when it is missing (the PostgreSQL tests never skip).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INSTALL_HINT, postgresBin, startCluster } from '../support/postgres';

describe('throwaway PostgreSQL', () => {
  it('fails with how to install PostgreSQL when it is missing', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'tripebble-no-pg-'));
    try {
      expect(postgresBin(join(empty, 'missing'))).toBeNull();
      expect(postgresBin(empty)).toBeNull();
      await expect(startCluster({ root: empty })).rejects.toThrow(INSTALL_HINT);
      expect(INSTALL_HINT).toContain('apt-get install -y postgresql');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('picks the newest installed version', () => {
    const root = mkdtempSync(join(tmpdir(), 'tripebble-pg-root-'));
    try {
      for (const version of ['9', '15', '13', 'common']) {
        mkdirSync(join(root, version, 'bin'), { recursive: true });
        if (version !== 'common') writeFileSync(join(root, version, 'bin', 'pg_ctl'), '');
      }
      expect(postgresBin(root)).toBe(join(root, '15', 'bin'));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
