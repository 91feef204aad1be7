/**
 * Boards' pars for the routes, without ever solving on the event loop: a level's own par, a par
 * remembered in memory (a bounded cache of pure results) or cached in the database, else one
 * worked out by the solver pool. Reading a par writes nothing; `register` (a game starts) saves it
 * in the database, which a game's row refers to. A solve over the time limit, or a full queue, is
 * an ApiError (503).
 */
import type { Board } from '../engine';
import { LEVELS } from '../levels';
import { ApiError } from './http';
import type { SolverPool } from './solver/pool';
import { SolveTimeout, SolverBusy } from './solver/pool';
import type { Store } from './store';
import { boardKey } from './store';

/** Pars remembered in memory, most recently used kept: about 100 bytes each. */
export const PARS_REMEMBERED = 10_000;

const LEVEL_PARS = new Map(LEVELS.map((level) => [boardKey(level), level.par]));

export interface Pars {
  /** The par when it needs no solve (a level's, remembered, or in the database); else null. */
  known(board: Board): Promise<number | null>;
  /** The par from the solver pool, remembered. @throws ApiError 503 when the pool cannot answer in time. */
  solve(board: Board): Promise<number>;
  /** The par of a board a game starts on, saved in the database (solved first if needed). */
  register(board: Board): Promise<number>;
}

export function createPars(store: Store, pool: SolverPool): Pars {
  const remembered = new Map<string, number>();

  function remember(key: string, par: number): void {
    remembered.delete(key);
    if (remembered.size >= PARS_REMEMBERED) remembered.delete(remembered.keys().next().value!);
    remembered.set(key, par);
  }

  function recalled(key: string): number | null {
    const par = LEVEL_PARS.get(key) ?? remembered.get(key);
    if (par === undefined) return null;
    if (remembered.has(key)) remember(key, par);
    return par;
  }

  const pars: Pars = {
    async known(board) {
      const key = boardKey(board);
      const par = recalled(key) ?? (await store.cachedPar(board));
      if (par !== null) remember(key, par);
      return par;
    },

    async solve(board) {
      // Another request may have solved it while this one asked the database.
      const recent = recalled(boardKey(board));
      if (recent !== null) return recent;
      let par: number;
      try {
        par = await pool.par(board);
      } catch (error) {
        if (error instanceof SolveTimeout)
          throw new ApiError(
            503,
            `the server could not work out this board's par within ${pool.timeLimit / 1000} s (it is busy, or the board is very hard): try again later`,
          );
        if (error instanceof SolverBusy)
          throw new ApiError(503, 'the server is busy working out other boards: try again in a few seconds', 5);
        throw error;
      }
      remember(boardKey(board), par);
      return par;
    },

    async register(board) {
      const saved = await store.cachedPar(board);
      if (saved !== null) return saved;
      const par = recalled(boardKey(board)) ?? (await pars.solve(board));
      await store.savePar(board, par);
      return par;
    },
  };
  return pars;
}
