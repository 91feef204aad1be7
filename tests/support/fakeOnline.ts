/**
 * An OnlineClient for tests without a server: an in-memory leaderboard that behaves like the
 * API (games on levels, daily boards and any board; finishes replayed with the engine, 404 / 409 /
 * 422 as the server answers them; one best entry per player and board, ranked by moves, time,
 * then who came first; the player's own entry as `you`). Its clock is a counter the test moves.
 * Tests can make the next calls fail, hold answers back until released, and read every call.
 */
import type { Board } from '../../src/engine';
import { applyMove, isSolved, whyCannotMove } from '../../src/engine';
import { LEVELS, dailyDistance } from '../../src/levels';
import type { OnlineClient, OnlineError, OnlineResult } from '../../src/online/client';
import type { GameSource, LeaderboardEntry } from '../../src/online/protocol';
import { dateOfDay } from '../../src/store';
import { generate, solve } from '../../src/solver';

type Method = keyof OnlineClient;

interface Entry {
  readonly player: string;
  name: string;
  moves: number;
  ms: number;
  order: number;
}

export interface FakeOnline extends OnlineClient {
  /** Every call, in order: the method and its first argument. */
  readonly calls: { readonly method: Method; readonly arg: unknown }[];
  /** The next `times` calls of `method` fail with `error` (after reaching the server when `landed`). */
  fail(method: Method, error: OnlineError, options?: { times?: number; landed?: boolean }): void;
  /** Holds every answer back until release() (calls still reach the server at once). */
  hold(): void;
  release(): Promise<void>;
  /** Moves the server's clock on. */
  tick(ms: number): void;
  /** Names on a board's leaderboard, best first. */
  names(source: GameSource): string[];
}

const boardOfSource = (source: GameSource): Board | null => {
  if ('board' in source) return source.board;
  if ('level' in source) return LEVELS.find((l) => l.id === source.level) ?? null;
  const date = dateOfDay(source.daily);
  return date && generate({ distance: dailyDistance(date), seed: source.daily });
};

const keyOf = (board: Board): string => `${board.plates}/${board.pebbles}`;
const rejected = (status: number, message: string): OnlineError => ({ kind: 'rejected', status, message });

export function fakeOnline(): FakeOnline {
  const calls: FakeOnline['calls'] = [];
  const failures: { method: Method; error: OnlineError; times: number; landed: boolean }[] = [];
  const games = new Map<string, { board: Board; startedAt: number; finished: boolean; par: number }>();
  const boards = new Map<string, Entry[]>();
  let clock = 0;
  let order = 0;
  let holding = false;
  const held: (() => void)[] = [];

  const ranked = (board: Board): Entry[] =>
    [...(boards.get(keyOf(board)) ?? [])].sort((a, b) => a.moves - b.moves || a.ms - b.ms || a.order - b.order);
  const shown = (entries: Entry[], e: Entry): LeaderboardEntry => ({
    rank: entries.indexOf(e) + 1,
    name: e.name,
    moves: e.moves,
    ms: e.ms,
  });

  async function answer<T>(
    method: Method,
    arg: unknown,
    signal: AbortSignal | undefined,
    work: () => OnlineResult<T>,
  ): Promise<OnlineResult<T>> {
    calls.push({ method, arg });
    const failure = failures.find((f) => f.method === method);
    if (failure && --failure.times <= 0) failures.splice(failures.indexOf(failure), 1);
    const result = failure && !failure.landed ? { ok: false as const, error: failure.error } : work();
    const outcome = failure?.landed ? { ok: false as const, error: failure.error } : result;
    if (holding) await new Promise<void>((resolve) => held.push(resolve));
    else await Promise.resolve();
    if (signal?.aborted) return { ok: false, error: { kind: 'aborted', message: 'the call was cancelled' } };
    return outcome;
  }

  return {
    calls,
    fail(method, error, options = {}) {
      failures.push({ method, error, times: options.times ?? 1, landed: options.landed ?? false });
    },
    hold() {
      holding = true;
    },
    async release() {
      holding = false;
      for (const resolve of held.splice(0)) resolve();
      await new Promise((r) => setTimeout(r, 0));
    },
    tick(ms) {
      clock += ms;
    },
    names: (source) => {
      const board = boardOfSource(source);
      return board ? ranked(board).map((e) => e.name) : [];
    },
    health: (o) => answer('health', null, o?.signal, () => ({ ok: true, value: { ok: true, store: 'sqlite' as const } })),
    startGame: (source, o) =>
      answer('startGame', source, o?.signal, () => {
        const board = boardOfSource(source);
        if (!board) return { ok: false, error: rejected(422, 'no such board') };
        const id = `g${games.size + 1}`;
        const par = solve(board).distance;
        games.set(id, { board, startedAt: clock, finished: false, par });
        return { ok: true, value: { game: id, plates: board.plates, pebbles: board.pebbles, par } };
      }),
    finishGame: (id, finish, o) =>
      answer('finishGame', { id, ...finish }, o?.signal, () => {
        const game = games.get(id);
        if (!game) return { ok: false, error: rejected(404, `there is no game "${id}"`) };
        if (game.finished) return { ok: false, error: rejected(409, 'this game is finished already') };
        let board = game.board;
        for (const move of finish.moves) {
          if (whyCannotMove(board, move) !== null) return { ok: false, error: rejected(422, `move ${move} is illegal`) };
          board = applyMove(board, move);
        }
        if (!isSolved(board)) return { ok: false, error: rejected(422, 'the board is not solved') };
        game.finished = true;
        const entries = boards.get(keyOf(game.board)) ?? [];
        boards.set(keyOf(game.board), entries);
        const ms = clock - game.startedAt;
        let entry = entries.find((e) => e.player === finish.player);
        if (!entry) entries.push((entry = { player: finish.player, name: finish.name, moves: finish.moves.length, ms, order: order++ }));
        else if (finish.moves.length < entry.moves || (finish.moves.length === entry.moves && ms < entry.ms))
          Object.assign(entry, { moves: finish.moves.length, ms, order: order++ });
        entry.name = finish.name;
        const list = ranked(game.board);
        return { ok: true, value: { moves: finish.moves.length, par: game.par, ms, rank: list.indexOf(entry) + 1, total: list.length } };
      }),
    leaderboard: (source, o = {}) =>
      answer('leaderboard', source, o.signal, () => {
        const board = boardOfSource(source);
        if (!board) return { ok: false, error: rejected(404, 'no such board') };
        const list = ranked(board);
        const mine = o.player === undefined ? undefined : list.find((e) => e.player === o.player);
        const you = o.player === undefined ? {} : { you: mine ? shown(list, mine) : null };
        return {
          ok: true,
          value: {
            par: solve(board).distance,
            total: list.length,
            entries: list.slice(0, o.limit ?? 20).map((e) => shown(list, e)),
            ...you,
          },
        };
      }),
    deletePlayer: (player, o) =>
      answer('deletePlayer', player, o?.signal, () => {
        let removed = 0;
        for (const entries of boards.values()) {
          for (let i = entries.length - 1; i >= 0; i--) {
            if (entries[i]!.player === player) {
              entries.splice(i, 1);
              removed++;
            }
          }
        }
        return { ok: true, value: { removed } };
      }),
  };
}
