/**
 * The schema's history, as Kysely migrations that read the same on SQLite and PostgreSQL (text
 * keys made by the server, no auto-increment, bigint times). Run on every start; Kysely records
 * what ran and, on PostgreSQL, locks so that several processes starting at once migrate once.
 * A released migration is never edited: a change is a new one.
 */
import type { Kysely, Migration, MigrationProvider } from 'kysely';

// Migrations see the database as it was then, not as schema.ts describes it now.
type Db = Kysely<unknown>;

const MIGRATIONS: Record<string, Migration> = {
  '0001-leaderboards': {
    async up(db: Db) {
      await db.schema
        .createTable('boards')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('plates', 'text', (c) => c.notNull())
        .addColumn('pebbles', 'text', (c) => c.notNull())
        .addColumn('par', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('players')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('secret_hash', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('games')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('board_key', 'text', (c) => c.notNull().references('boards.key'))
        .addColumn('started_at', 'bigint', (c) => c.notNull())
        .addColumn('finished_at', 'bigint')
        .addColumn('player_id', 'text', (c) => c.references('players.id'))
        .addColumn('moves', 'text')
        .addColumn('ms', 'bigint')
        .execute();
      await db.schema.createIndex('games_by_player').on('games').column('player_id').execute();
      await db.schema
        .createTable('entries')
        .addColumn('board_key', 'text', (c) => c.notNull().references('boards.key'))
        .addColumn('player_id', 'text', (c) => c.notNull().references('players.id'))
        .addColumn('game_id', 'text', (c) => c.notNull().references('games.id'))
        .addColumn('moves', 'integer', (c) => c.notNull())
        .addColumn('ms', 'bigint', (c) => c.notNull())
        .addColumn('finished_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('entries_one_per_player', ['board_key', 'player_id'])
        .execute();
      // The leaderboard's order: fewer moves, then less time, then who finished first.
      await db.schema
        .createIndex('entries_by_rank')
        .on('entries')
        .columns(['board_key', 'moves', 'ms', 'finished_at', 'game_id'])
        .execute();
      await db.schema.createIndex('entries_by_player').on('entries').column('player_id').execute();
    },
  },
};

export const migrations: MigrationProvider = {
  getMigrations: () => Promise.resolve(MIGRATIONS),
};
