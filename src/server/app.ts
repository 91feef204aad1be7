/**
 * The tripebble server as a Fastify app: security headers and CORS, body and time limits,
 * per-address rate limits, the JSON API and the built game, on one store and a solver pool. Builds the app
 * without listening, so tests drive it in-process; serve.ts listens. Imports engine, solver,
 * levels and online only (never store, ui, worker or embed).
 */
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify from 'fastify';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { ApiError, installErrorHandlers } from './http';
import { createPars } from './pars';
import type { RouteContext } from './routes/context';
import { gameRoutes } from './routes/games';
import { leaderboardRoutes } from './routes/leaderboards';
import { corsOptions, helmetOptions } from './security';
import type { SolverPool } from './solver/pool';
import { createSolverPool } from './solver/pool';
import { isBuilt, serveGame } from './static';
import type { Store } from './store';

export interface AppOptions {
  readonly store: Store;
  /** Starts plus finishes allowed per address and minute, each; 0 turns the limits off. */
  readonly rateLimit: number;
  /** The built game to serve, or null for the API alone. */
  readonly dist: string | null;
  /** Fastify's trustProxy: whose X-Forwarded-For to believe for client addresses. */
  readonly trustProxy?: FastifyServerOptions['trustProxy'];
  readonly logger?: FastifyServerOptions['logger'];
  /** How long a client may take to send a whole request (default 10 s); then 408. */
  readonly requestTimeout?: number;
  /** The clock, epoch milliseconds (tests move it). */
  readonly now?: () => number;
  /** Where pars are worked out (default: a pool of solver threads, ended with the app). */
  readonly solver?: SolverPool;
}

/** The largest request body accepted (64 KB); more is a 413. */
export const BODY_LIMIT = 64 * 1024;

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const requestTimeout = options.requestTimeout ?? 10_000;
  const app = Fastify({
    bodyLimit: BODY_LIMIT,
    // A client gets 10 s to send its request and a connection 30 s of silence; an idle
    // keep-alive connection closes after 5 s.
    requestTimeout,
    // Given to Node's server at creation too: set only afterwards (as Fastify does), Node 20
    // never enforces it. Node checks deadlines every so often (30 s by default): often enough here.
    http: { requestTimeout, connectionsCheckingInterval: Math.max(50, Math.min(1_000, requestTimeout / 4)) },
    connectionTimeout: 30_000,
    keepAliveTimeout: 5_000,
    trustProxy: options.trustProxy ?? false,
    logger: options.logger ?? false,
    // While shutting down, new requests get a 503 and the proxy tries another process.
    return503OnClosing: true,
  });
  // Only JSON bodies: a text/plain POST is what a cross-site form can send without asking.
  app.removeContentTypeParser('text/plain');

  await app.register(helmet, helmetOptions);
  await app.register(cors, corsOptions);
  const limit = options.rateLimit;
  if (limit > 0) {
    await app.register(rateLimit, {
      global: false,
      errorResponseBuilder: (_request, context) =>
        Object.assign(
          new Error(
            `too many requests from this address: at most ${context.max} a minute; try again in ${Math.ceil(context.ttl / 1000)} s`,
          ),
          {
            statusCode: context.statusCode,
          },
        ),
    });
  }
  const solveLimiter = limit > 0 ? app.createRateLimit({ max: limit, timeWindow: 60_000 }) : null;
  const pool = options.solver ?? createSolverPool();
  if (!options.solver) app.addHook('onClose', () => pool.close());
  const ctx: RouteContext = {
    store: options.store,
    pars: createPars(options.store, pool),
    now: options.now ?? Date.now,
    rateLimit: { rateLimit: limit > 0 ? { max: limit, timeWindow: 60_000 } : false },
    async limitSolve(request) {
      const counted = await solveLimiter?.(request);
      if (counted && !counted.isAllowed && counted.isExceeded)
        throw new ApiError(
          429,
          `too many new boards from this address: at most ${counted.max} a minute; try again in ${counted.ttlInSeconds} s`,
          counted.ttlInSeconds,
        );
    },
  };

  const built = options.dist !== null && isBuilt(options.dist);
  installErrorHandlers(app, (request) => {
    const path = request.url.split('?', 1)[0] ?? '';
    if (!built && !path.startsWith('/api/')) return 'the game is not built here: run `npm run build`, then start the server again';
    return `there is nothing at ${request.method} ${path.slice(0, 100)}`;
  });
  gameRoutes(app, ctx);
  leaderboardRoutes(app, ctx);
  if (built) await serveGame(app, options.dist!);
  return app;
}
