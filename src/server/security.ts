/**
 * The security headers of every response (helmet) with the Content Security Policy the built
 * game passes, and CORS: any origin may GET a leaderboard, nothing else crosses origins.
 * Header policy only; no routes here.
 */
import type { FastifyHelmetOptions } from '@fastify/helmet';
import type { FastifyCorsOptions } from '@fastify/cors';

/**
 * What the game needs and no more: its own scripts (no inline script, no eval), its module
 * worker and service worker, `blob:` workers for the embed on another origin (docs/EMBED.md),
 * styles from its own files and constructable stylesheets (no inline style), its icons, and
 * fetches to this origin only.
 */
export const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'self'"],
} as const;

export const helmetOptions: FastifyHelmetOptions = {
  contentSecurityPolicy: {
    useDefaults: false,
    // No upgrade-insecure-requests: `tripebble serve` speaks plain HTTP unless a proxy adds TLS.
    directives: { ...CSP_DIRECTIVES },
  },
  // Everything served is public, and a site may load embed.js and its worker from here.
  crossOriginResourcePolicy: { policy: 'cross-origin' },
};

/** The one path other origins may read: GET (and HEAD) of a leaderboard. */
export const LEADERBOARD_PATH = '/api/leaderboard';

export const corsOptions: FastifyCorsOptions = {
  delegator(request, callback) {
    const path = (request.url ?? '').split('?', 1)[0];
    const open = path === LEADERBOARD_PATH && (request.method === 'GET' || request.method === 'HEAD');
    callback(null, open ? { origin: '*', methods: ['GET', 'HEAD'], allowedHeaders: [], preflight: false } : { origin: false });
  },
};
