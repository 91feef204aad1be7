/**
 * Starting and finishing games: `POST /api/games` records a game on a level, a daily or any
 * board with its par; `POST /api/games/<id>/finish` replays the moves with the engine, measures
 * the time itself and puts the result on the board's leaderboard. Both are rate-limited per address.
 */
import type { FastifyInstance } from 'fastify';
import { finishRequest, startGameRequest } from '../../online/protocol';
import type { GameSource } from '../../online/protocol';
import { resolveBoard } from '../boards';
import { ApiError, valid } from '../http';
import { replay } from '../replay';
import { hashSecret, isId } from '../secrets';
import { AlreadyFinished } from '../store';
import type { RouteContext } from './context';

export function gameRoutes(app: FastifyInstance, ctx: RouteContext): void {
  const config = ctx.rateLimit;

  app.post('/api/games', { config }, async (request, reply) => {
    const source = valid(startGameRequest, request.body) as GameSource;
    const resolved = resolveBoard(source, ctx.now(), 422);
    if (!resolved.ok) throw new ApiError(resolved.status, resolved.error);
    const { board } = resolved;
    const par = await ctx.pars.register(board);
    const game = await ctx.store.startGame(board, ctx.now());
    return reply.status(201).send({ game, plates: board.plates, pebbles: board.pebbles, par });
  });

  app.post<{ Params: { id: string } }>('/api/games/:id/finish', { config }, async (request, reply) => {
    const { id } = request.params;
    const body = valid(finishRequest, request.body);
    const game = isId(id) ? await ctx.store.findGame(id) : null;
    if (!game) throw new ApiError(404, `there is no game ${JSON.stringify(id.slice(0, 40))}: start one with POST /api/games`);
    if (game.finished) throw new ApiError(409, 'this game is finished already: start a new one to play again');
    const replayed = replay(game.board, body.moves);
    if (!replayed.ok) throw new ApiError(422, replayed.error);
    const finishedAt = Math.max(ctx.now(), game.startedAt);
    let placed: { rank: number; total: number };
    try {
      placed = await ctx.store.finishGame({
        gameId: id,
        board: game.board,
        startedAt: game.startedAt,
        finishedAt,
        moves: body.moves,
        secretHash: hashSecret(body.player),
        name: body.name,
      });
    } catch (error) {
      if (error instanceof AlreadyFinished) throw new ApiError(409, 'this game is finished already: start a new one to play again');
      throw error;
    }
    return reply.status(201).send({ moves: body.moves.length, par: game.par, ms: finishedAt - game.startedAt, ...placed });
  });
}
