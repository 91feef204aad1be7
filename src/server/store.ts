/**
 * Every query of the leaderboard server, written once in Kysely for SQLite and PostgreSQL alike:
 * par per board, games, finishing a game (one transaction: claim the game, name the player,
 * keep their best entry, rank it), leaderboards and forgetting a player. No HTTP here, and no
 * puzzle logic: callers bring verified boards and moves.
 */
import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { Board } from '../engine';
import type { OpenDatabase } from './db/connect';
import type { Database, StoreKind } from './db/schema';
import { newId } from './secrets';

/** The key of a board in every table. */
export function boardKey(board: Board): string {
  return `${board.plates}/${board.pebbles}`;
}

export interface StartedGame {
  readonly id: string;
  readonly board: Board;
  readonly startedAt: number;
  readonly finished: boolean;
  /** The board's par, cached when the game started. */
  readonly par: number;
}

export interface Finish {
  readonly gameId: string;
  readonly board: Board;
  readonly startedAt: number;
  readonly finishedAt: number;
  readonly moves: readonly number[];
  readonly secretHash: string;
  readonly name: string;
}

export interface Ranked {
  readonly rank: number;
  readonly name: string;
  readonly moves: number;
  readonly ms: number;
}

/** A finish refused because another request finished the same game first. */
export class AlreadyFinished extends Error {
  override name = 'AlreadyFinished';
}

type Db = Kysely<Database> | Transaction<Database>;

/** Where an entry sits in the board's order: moves, then time, then who finished first. */
interface Place {
  readonly moves: number;
  readonly ms: number;
  readonly finished_at: number;
  readonly game_id: string;
}

/** The rank of an entry at `place` (1 + the entries ahead of it) and the board's total, in one query. */
async function rankOf(db: Db, key: string, place: Place): Promise<{ rank: number; total: number }> {
  const row = await db
    .selectFrom('entries')
    .select((eb) => [
      eb.fn.countAll<number>().as('total'),
      eb.fn
        .sum<number | null>(
          eb
            .case()
            .when(
              eb(
                eb.refTuple('moves', 'ms', 'finished_at', 'game_id'),
                '<',
                eb.tuple(place.moves, place.ms, place.finished_at, place.game_id),
              ),
            )
            .then(1)
            .else(0)
            .end(),
        )
        .as('ahead'),
    ])
    .where('board_key', '=', key)
    .executeTakeFirstOrThrow();
  return { rank: Number(row.ahead ?? 0) + 1, total: Number(row.total) };
}

async function totalOf(db: Db, key: string): Promise<number> {
  const row = await db
    .selectFrom('entries')
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .where('board_key', '=', key)
    .executeTakeFirstOrThrow();
  return Number(row.total);
}

export type Store = ReturnType<typeof createStore>;

/** The queries over an open database. */
export function createStore(open: OpenDatabase) {
  const { db } = open;
  return {
    kind: open.kind as StoreKind,

    /** The cached par of a board, or null when no one has asked for it yet. */
    async cachedPar(board: Board): Promise<number | null> {
      const row = await db.selectFrom('boards').select('par').where('key', '=', boardKey(board)).executeTakeFirst();
      return row ? row.par : null;
    },

    /** Caches a board's par (a second process doing the same at once is fine: same answer). */
    async savePar(board: Board, par: number): Promise<void> {
      await db
        .insertInto('boards')
        .values({ key: boardKey(board), plates: board.plates, pebbles: board.pebbles, par })
        .onConflict((oc) => oc.column('key').doNothing())
        .execute();
    },

    /** Records a new game on a board whose par is cached, and returns its id. */
    async startGame(board: Board, startedAt: number): Promise<string> {
      const id = newId();
      await db
        .insertInto('games')
        .values({ id, board_key: boardKey(board), started_at: startedAt })
        .execute();
      return id;
    },

    async findGame(id: string): Promise<StartedGame | null> {
      const row = await db
        .selectFrom('games')
        .innerJoin('boards', 'boards.key', 'games.board_key')
        .select(['games.id', 'boards.plates', 'boards.pebbles', 'boards.par', 'games.started_at', 'games.finished_at'])
        .where('games.id', '=', id)
        .executeTakeFirst();
      if (!row) return null;
      return {
        id: row.id,
        board: { plates: row.plates, pebbles: row.pebbles },
        startedAt: Number(row.started_at),
        finished: row.finished_at !== null,
        par: row.par,
      };
    },

    /**
     * Finishes a game in one transaction: names the player, claims the game (only once, even
     * against a concurrent request: then AlreadyFinished), keeps the player's best entry on the
     * board and returns the rank of that entry and the board's total.
     * @throws AlreadyFinished when the game was finished before this transaction claimed it.
     */
    async finishGame(finish: Finish): Promise<{ rank: number; total: number }> {
      const key = boardKey(finish.board);
      const ms = Math.max(0, finish.finishedAt - finish.startedAt);
      return db.transaction().execute(async (trx) => {
        const player = await trx
          .insertInto('players')
          .values({ id: newId(), secret_hash: finish.secretHash, name: finish.name, created_at: finish.finishedAt })
          .onConflict((oc) => oc.column('secret_hash').doUpdateSet({ name: finish.name }))
          .returning('id')
          .executeTakeFirstOrThrow();
        const claimed = await trx
          .updateTable('games')
          .set({ finished_at: finish.finishedAt, player_id: player.id, moves: finish.moves.join(','), ms })
          .where('id', '=', finish.gameId)
          .where('finished_at', 'is', null)
          .executeTakeFirst();
        if (Number(claimed.numUpdatedRows) !== 1) throw new AlreadyFinished(`game ${finish.gameId} is finished already`);
        const entry = { moves: finish.moves.length, ms, finished_at: finish.finishedAt, game_id: finish.gameId };
        await trx
          .insertInto('entries')
          .values({ board_key: key, player_id: player.id, ...entry })
          .onConflict((oc) =>
            oc
              .columns(['board_key', 'player_id'])
              .doUpdateSet(entry)
              .where((eb) => eb(eb.refTuple('entries.moves', 'entries.ms'), '>', eb.tuple(entry.moves, entry.ms))),
          )
          .execute();
        const best = await trx
          .selectFrom('entries')
          .select(['moves', 'ms', 'finished_at', 'game_id'])
          .where('board_key', '=', key)
          .where('player_id', '=', player.id)
          .executeTakeFirstOrThrow();
        return rankOf(trx, key, normalised(best));
      });
    },

    /** The first `limit` entries of a board, and how many there are. */
    async leaderboard(board: Board, limit: number): Promise<{ total: number; entries: Ranked[] }> {
      const key = boardKey(board);
      const rows = await db
        .selectFrom('entries')
        .innerJoin('players', 'players.id', 'entries.player_id')
        .select(['players.name', 'entries.moves', 'entries.ms'])
        .where('entries.board_key', '=', key)
        .orderBy('entries.moves')
        .orderBy('entries.ms')
        .orderBy('entries.finished_at')
        .orderBy('entries.game_id')
        .limit(limit)
        .execute();
      const entries = rows.map((row, i) => ({ rank: i + 1, name: row.name, moves: row.moves, ms: Number(row.ms) }));
      return { total: await totalOf(db, key), entries };
    },

    /** The entry of the player with this secret hash on a board, ranked; null when they have none. */
    async entryOf(board: Board, secretHash: string): Promise<Ranked | null> {
      const key = boardKey(board);
      const row = await db
        .selectFrom('entries')
        .innerJoin('players', 'players.id', 'entries.player_id')
        .select(['players.name', 'entries.moves', 'entries.ms', 'entries.finished_at', 'entries.game_id'])
        .where('entries.board_key', '=', key)
        .where('players.secret_hash', '=', secretHash)
        .executeTakeFirst();
      if (!row) return null;
      const place = normalised(row);
      return { rank: (await rankOf(db, key, place)).rank, name: row.name, moves: place.moves, ms: place.ms };
    },

    /**
     * Forgets a player: their entries and name go; their games stay, without a player, so that a
     * finished game still cannot be finished again. Returns how many entries went.
     */
    async deletePlayer(secretHash: string): Promise<number> {
      return db.transaction().execute(async (trx) => {
        const player = await trx.selectFrom('players').select('id').where('secret_hash', '=', secretHash).executeTakeFirst();
        if (!player) return 0;
        const removed = await trx.deleteFrom('entries').where('player_id', '=', player.id).executeTakeFirst();
        await trx.updateTable('games').set({ player_id: null }).where('player_id', '=', player.id).execute();
        await trx.deleteFrom('players').where('id', '=', player.id).execute();
        return Number(removed.numDeletedRows);
      });
    },

    /** Resolves when the database answers a query. */
    async ping(): Promise<void> {
      await sql`select 1`.execute(db);
    },

    close: () => open.close(),
  };
}

function normalised(row: Place): Place {
  return { moves: Number(row.moves), ms: Number(row.ms), finished_at: Number(row.finished_at), game_id: row.game_id };
}
