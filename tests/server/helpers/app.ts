/**
 * The API in-process for tests: a fresh database of either kind, the app on it with a clock the
 * test moves, and small request helpers over Fastify's inject (no sockets). Also the boards and
 * moves the tests play.
 */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { solve } from '../../../src/solver';
import type { AppOptions } from '../../../src/server/app';
import { buildApp } from '../../../src/server/app';
import { openDatabase } from '../../../src/server/db/connect';
import type { Store } from '../../../src/server/store';
import { createStore } from '../../../src/server/store';
import type { DbKind } from './databases';
import { testDatabase } from './databases';

export interface TestApp {
  readonly app: FastifyInstance;
  readonly store: Store;
  /** The server's clock, epoch ms: tests move it forward. */
  readonly clock: { now: number };
  post(url: string, body?: unknown, extra?: Partial<InjectOptions>): Promise<LightMyRequestResponse>;
  get(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  del(url: string, body?: unknown): Promise<LightMyRequestResponse>;
}

/** 2026-11-30 12:00 UTC: a Monday, whose daily is a 12-move board. */
export const NOON = Date.UTC(2026, 10, 30, 12);

/** Registers hooks that start an app on a fresh `kind` database before the file's tests and stop it after. */
export function useApp(kind: DbKind, options: Partial<Omit<AppOptions, 'store' | 'now'>> = {}): () => TestApp {
  let testApp: TestApp | null = null;
  let cleanup: (() => Promise<void>) | null = null;
  beforeAll(async () => {
    const database = await testDatabase(kind);
    const open = await openDatabase(database.config);
    const store = createStore(open);
    const clock = { now: NOON };
    const app = await buildApp({ store, rateLimit: 0, dist: null, ...options, now: () => clock.now });
    cleanup = async () => {
      await app.close();
      // A test may have closed the store already, to see the server fail.
      await store.close().catch(() => {});
      await database.drop();
    };
    testApp = {
      app,
      store,
      clock,
      post: (url, body, extra = {}) =>
        app.inject({ method: 'POST', url, ...(body === undefined ? {} : { payload: body as object }), ...extra }),
      get: (url, headers = {}) => app.inject({ method: 'GET', url, headers }),
      del: (url, body) => app.inject({ method: 'DELETE', url, ...(body === undefined ? {} : { payload: body as object }) }),
    };
  });
  afterAll(async () => {
    await cleanup?.();
  });
  return () => {
    if (!testApp) throw new Error('useApp() must be called at the top of a describe block');
    return testApp;
  };
}

/** An optimal line of moves for a board, from the solver. */
export function bestLine(board: { plates: string; pebbles: string }): number[] {
  return [...solve(board).line];
}

let secrets = 0;
/** A new player secret of the shape browsers make (distinct per call within a run). */
export function newSecret(): string {
  secrets++;
  return `test-player-${String(secrets).padStart(6, '0')}-${Math.random().toString(36).slice(2, 10)}`;
}

/** The JSON body of a response, typed loosely for assertions. */
export function json(response: LightMyRequestResponse): Record<string, unknown> & { error?: string } {
  return response.json() as Record<string, unknown> & { error?: string };
}
