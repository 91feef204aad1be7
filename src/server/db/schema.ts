/**
 * The tables of the leaderboard database, as Kysely sees them: one schema for SQLite and
 * PostgreSQL. Times are epoch milliseconds (bigint columns, read as numbers on both). Types
 * only; the tables are made by migrations.ts.
 */

/** A board ever played or asked for: its par, from the solver, computed once. */
export interface BoardsTable {
  /** plates + '/' + pebbles */
  readonly key: string;
  readonly plates: string;
  readonly pebbles: string;
  readonly par: number;
}

/** A player: the hash of the secret their browser keeps, and the name they show. */
export interface PlayersTable {
  readonly id: string;
  readonly secret_hash: string;
  name: string;
  readonly created_at: number;
}

/** A game the server started; finished once, with the moves it replayed and the time it measured. */
export interface GamesTable {
  readonly id: string;
  readonly board_key: string;
  readonly started_at: number;
  finished_at: number | null;
  player_id: string | null;
  /** The verified moves, as comma-separated positions. */
  moves: string | null;
  ms: number | null;
}

/** A player's best finish on a board: one leaderboard entry. */
export interface EntriesTable {
  readonly board_key: string;
  readonly player_id: string;
  game_id: string;
  moves: number;
  ms: number;
  finished_at: number;
}

export interface Database {
  boards: BoardsTable;
  players: PlayersTable;
  games: GamesTable;
  entries: EntriesTable;
}

/** Which database a store runs on; the health check reports it. */
export type StoreKind = 'sqlite' | 'postgres';
