/**
 * Serves the built game (dist/) from the site root: hashed files under assets/ are cached for a
 * year, everything else (index.html, the service worker, embed.js, icons) is revalidated on each
 * load, so a new build reaches players at once. File serving only.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** The project's dist/ folder, next to src/. */
export const DEFAULT_DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** True when `dir` holds a built game. */
export function isBuilt(dir: string): boolean {
  return existsSync(join(dir, 'index.html'));
}

export async function serveGame(app: FastifyInstance, dir: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: dir,
    prefix: '/',
    index: ['index.html'],
    decorateReply: false,
    // Our cache-control below, not the plugin's default one.
    cacheControl: false,
    setHeaders(res, path) {
      const hashed = /[\\/]assets[\\/]/.test(path);
      res.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
}
