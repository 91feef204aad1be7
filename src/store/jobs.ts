/**
 * The store's one piece of asynchronous machinery: questions to the solver client, board
 * generation and the pause between the moves of "Show solution". It holds only what sharing and
 * cancelling that work needs (answers by board, requests in flight, one timer); every fact the
 * game shows lives in the zustand state. Imports the client's types only, and no store state.
 */
import type { Board } from '../engine';
import type { SolveResult } from '../solver/types';
import type { GenerateRequest, SolverClient, SolverError, SolverErrorKind } from '../worker/client';
import { boardId } from './storage';

/**
 * Who asks: the start board's par, the board being played, the editor's draft, the positions of
 * a game under review (one after another). A question about
 * another board replaces the lane's older one, which is cancelled unless another lane still
 * waits for it; asking again about the same board joins the question already asked.
 */
export type Lane = 'start' | 'current' | 'editor' | 'review';

/** What cancel() can stop: a lane's question, board generation, the pending timer. */
export type JobKind = Lane | 'generate' | 'timer';

export interface Jobs {
  /** The solver's answer for exactly this board, if known. */
  known(board: Board): SolveResult | undefined;
  /**
   * The answer for `board`; null when the lane asked about another board (or was cancelled)
   * before the answer came: a lane only hears about the board it asked about last.
   */
  solve(board: Board, lane: Lane): Promise<SolveResult | null>;
  /** A board of the requested distance; null when a newer request (or cancel) replaced it. */
  generate(request: GenerateRequest): Promise<Board | null>;
  /** Runs `step` after `ms`, replacing the step waiting before. */
  after(ms: number, step: () => void): void;
  /** Stops the kinds of work named, or all of it. */
  cancel(...kinds: JobKind[]): void;
}

interface Question {
  readonly controller: AbortController;
  readonly promise: Promise<SolveResult | null>;
}

const CACHE_SIZE = 256;
const LANES: readonly Lane[] = ['start', 'current', 'editor', 'review'];

/**
 * The kind of a solver client's error, or null for any other error. Checked by its shape, not
 * its class, so that the store holds no value from the client's module: the app loads the
 * client after the board is on screen.
 */
export function solverErrorKind(error: unknown): SolverErrorKind | null {
  return error instanceof Error && error.name === 'SolverError' && 'kind' in error ? (error as SolverError).kind : null;
}

const isCancel = (error: unknown): boolean => solverErrorKind(error) === 'cancelled';

export function createJobs(solver: SolverClient): Jobs {
  const answers = new Map<string, SolveResult>();
  const asking = new Map<string, Question>();
  /** The board (by id) each lane asked about last: only questions about it get an answer. */
  const latest = new Map<Lane, string>();
  let generating: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function remember(key: string, result: SolveResult): void {
    answers.delete(key);
    answers.set(key, result);
    if (answers.size > CACHE_SIZE) answers.delete(answers.keys().next().value!);
  }

  /** No lane waits for this board any more: its question, if still running, is cancelled. */
  function abandon(key: string | undefined): void {
    const question = key === undefined ? undefined : asking.get(key);
    if (!question || [...latest.values()].includes(key!)) return;
    asking.delete(key!);
    question.controller.abort();
  }

  function ask(board: Board, key: string): Question {
    const controller = new AbortController();
    const promise = solver.solve(board, { signal: controller.signal }).then(
      (result) => {
        remember(key, result);
        return result;
      },
      (error: unknown) => {
        if (isCancel(error)) return null;
        throw error;
      },
    );
    const question = { controller, promise };
    const settled = (): void => {
      if (asking.get(key) === question) asking.delete(key);
    };
    promise.then(settled, settled);
    asking.set(key, question);
    return question;
  }

  return {
    known: (board) => answers.get(boardId(board)),
    solve(board, lane) {
      const key = boardId(board);
      const before = latest.get(lane);
      latest.set(lane, key);
      abandon(before);
      const replaced = (): boolean => latest.get(lane) !== key;
      const hit = answers.get(key);
      const answer = hit ? Promise.resolve(hit) : (asking.get(key) ?? ask(board, key)).promise;
      return answer.then(
        (result) => (replaced() ? null : result),
        (error: unknown) => {
          if (replaced()) return null;
          throw error;
        },
      );
    },
    generate(request) {
      generating?.abort();
      const controller = new AbortController();
      generating = controller;
      const mine = (): boolean => {
        const current = generating === controller;
        if (current) generating = null;
        return current;
      };
      return solver.generate(request, { signal: controller.signal }).then(
        (board) => (mine() ? board : null),
        (error: unknown) => {
          if (!mine() || isCancel(error)) return null;
          throw error;
        },
      );
    },
    after(ms, step) {
      clearTimeout(timer);
      timer = setTimeout(step, ms);
    },
    cancel(...kinds) {
      const all = kinds.length === 0;
      for (const lane of LANES) {
        if (!all && !kinds.includes(lane)) continue;
        const key = latest.get(lane);
        latest.delete(lane);
        abandon(key);
      }
      if (all || kinds.includes('generate')) {
        generating?.abort();
        generating = null;
      }
      if (all || kinds.includes('timer')) clearTimeout(timer);
    },
  };
}
