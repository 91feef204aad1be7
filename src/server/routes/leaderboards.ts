/**
 * Reading and forgetting results: `GET /api/leaderboard` (any origin may read it; it writes
 * nothing) with the asking player's own entry when their secret comes in a header, `DELETE /api/players/me`, and
 * `GET /api/health`, which also asks the database.
 */
import type { FastifyInstance } from 'fastify';
import { LIMIT_DEFAULT, PLAYER_HEADER, deletePlayerRequest, isPlayerSecret, leaderboardQuery } from '../../online/protocol';
import type { GameSource } from '../../online/protocol';
import { resolveBoard } from '../boards';
import { ApiError, valid, validQuery } from '../http';
import { hashSecret } from '../secrets';
import { LEADERBOARD_PATH } from '../security';
import type { RouteContext } from './context';

export function leaderboardRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.get('/api/health', async (request, reply) => {
    try {
      await ctx.store.ping();
    } catch (error) {
      request.log.error({ err: error }, 'health check: the database does not answer');
      return reply.status(503).send({ error: `the ${ctx.store.kind} database does not answer` });
    }
    return { ok: true, store: ctx.store.kind };
  });

  app.get(LEADERBOARD_PATH, async (request, reply) => {
    const query = validQuery(leaderboardQuery, request.query);
    const source: GameSource =
      query.daily !== undefined
        ? { daily: query.daily }
        : query.level !== undefined
          ? { level: query.level }
          : { board: { plates: query.plates!, pebbles: query.pebbles! } };
    const resolved = resolveBoard(source, ctx.now(), 404);
    if (!resolved.ok) throw new ApiError(resolved.status, resolved.error);
    const secret = request.headers[PLAYER_HEADER];
    if (secret !== undefined && (typeof secret !== 'string' || !isPlayerSecret(secret)))
      throw new ApiError(422, `the ${PLAYER_HEADER} header must be the secret the browser made: 16–128 letters, digits, _ or -`);
    // A read writes nothing: a board no one registered is answered with its par (remembered in
    // memory) and no entries. Working a par out costs a solve, so those reads are rate-limited.
    let par = await ctx.pars.known(resolved.board);
    if (par === null) {
      await ctx.limitSolve(request);
      par = await ctx.pars.solve(resolved.board);
    }
    const { total, entries } = await ctx.store.leaderboard(resolved.board, query.limit ?? LIMIT_DEFAULT);
    const you = secret === undefined ? {} : { you: await ctx.store.entryOf(resolved.board, hashSecret(secret)) };
    // Results change with every finish: a cache may keep a copy but must ask again each time.
    void reply.header('cache-control', 'no-cache');
    return { par, total, entries, ...you };
  });

  app.delete('/api/players/me', async (request) => {
    const { player } = valid(deletePlayerRequest, request.body);
    return { removed: await ctx.store.deletePlayer(hashSecret(player)) };
  });
}
