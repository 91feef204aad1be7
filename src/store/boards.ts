/**
 * Choosing the board to play: any board, a built-in level, a random board of a difficulty or
 * the daily board (both generated in the worker). Starting a game resets the undoable game and
 * the hint state. Must not import UI code or solver runtime code.
 */
import type { Board } from '../engine';
import { holeOf, isSolved, sameBoard } from '../engine';
import { DIFFICULTIES, LEVELS, dailyDistance, dailySeed } from '../levels';
import { SolverError } from '../worker/client';
import type { StoreContext } from './context';
import { askPar } from './hints';
import { dateOfDay } from './days';
import { keyOf } from './score';
import type { Stats } from './stats';
import { ownSolve } from './stats';
import type { BoardSource, Difficulty, GameActions, GameData, UiData } from './types';

/** The first built-in level the player has not solved by their own moves (the last one when all are). */
export function firstUnsolvedLevel(stats: Stats): number {
  const open = LEVELS.find((l) => !ownSolve(stats.solved[keyOf(l)]));
  return (open ?? LEVELS.at(-1))?.id ?? 1;
}

/** The level after the one being played, or null when there is none (or no level is played). */
export function nextLevel(source: BoardSource): number | null {
  return source.kind === 'level' && LEVELS.some((l) => l.id === source.id + 1) ? source.id + 1 : null;
}

type BoardActions = Pick<GameActions, 'newGame' | 'loadLevel' | 'loadRandom' | 'loadDaily' | 'loadNext'>;

const DIFFICULTY_NAMES: Record<Difficulty, string> = { easy: 'an easy', medium: 'a medium', hard: 'a hard', expert: 'an expert' };

type FreshGame = GameData & Omit<UiData, 'message' | 'announcement' | 'settings' | 'stats'>;

/**
 * The state of a game that has just started on `board`: no moves, no hint, nothing playing, par
 * and analysis from the analyst's cache when it knows the board. The store starts with it too.
 */
export function freshGame(ctx: StoreContext, board: Board, source: BoardSource, par: number | null): FreshGame {
  const analysis = ctx.analyst.cached(board) ?? null;
  return {
    start: board,
    board,
    past: [],
    future: [],
    source,
    par: analysis?.distance ?? par,
    parUnknown: false,
    hintsUsed: 0,
    solutionShown: false,
    result: null,
    analysis,
    busy: false,
    loading: null,
    // The first position that holds a pebble.
    focus: holeOf(board) === 0 ? 1 : 0,
    hintStage: 0,
    hintMove: null,
    playing: false,
    animation: null,
    refused: null,
  };
}

function startGame(ctx: StoreContext, board: Board, source: BoardSource, par: number | null): void {
  clearTimeout(ctx.timers.solution);
  ctx.analyst.cancel();
  ctx.coach = null;
  ctx.waiting = null;
  const same = sameBoard(board, ctx.get().start);
  ctx.set({
    ...freshGame(ctx, board, source, par),
    message: null,
    announcement: isSolved(board) ? 'This board is already solved.' : same ? 'The board starts again.' : 'A new board is ready.',
  });
  askPar(ctx);
  ctx.analyse();
}

/** Generates a board in the worker; a newer request cancels an older one. */
async function generated(ctx: StoreContext, loading: string, distance: number, seed: string | number): Promise<Board | null> {
  ctx.generation?.abort();
  const controller = new AbortController();
  ctx.generation = controller;
  ctx.set({ loading });
  try {
    return await ctx.solver.generate({ distance, seed }, { signal: controller.signal });
  } catch (error) {
    if (error instanceof SolverError && error.kind === 'cancelled') return null;
    const text = `Could not make a new board: ${error instanceof Error ? error.message : String(error)}`;
    ctx.set({ loading: null });
    ctx.say(text, 'error');
    ctx.emit({ type: 'error', message: text });
    return null;
  } finally {
    if (ctx.generation === controller) ctx.generation = null;
  }
}

export function boardActions(ctx: StoreContext): BoardActions {
  const actions: BoardActions = {
    newGame(board, source = { kind: 'custom' }, par = null) {
      ctx.generation?.abort();
      startGame(ctx, board, source, par);
    },
    loadLevel(id) {
      const level = LEVELS.find((l) => l.id === id);
      if (!level) {
        ctx.say(`There is no level ${id}; there are ${LEVELS.length}.`, 'warning');
        return;
      }
      ctx.generation?.abort();
      startGame(ctx, { plates: level.plates, pebbles: level.pebbles }, { kind: 'level', id }, level.par);
    },
    async loadRandom(difficulty) {
      const range = DIFFICULTIES[difficulty];
      const distance = range.min + Math.floor(ctx.random() * (range.max - range.min + 1));
      const seed = Math.floor(ctx.random() * 2 ** 31);
      const board = await generated(ctx, `Finding ${DIFFICULTY_NAMES[difficulty]} board…`, distance, seed);
      if (!board) return;
      startGame(ctx, board, { kind: 'random', difficulty }, distance);
    },
    async loadDaily(when = ctx.now()) {
      const date = typeof when === 'string' ? dateOfDay(when) : when;
      if (!date) {
        ctx.say(`There is no daily board for "${String(when)}": expected a date like 2026-11-22.`, 'warning');
        return;
      }
      const day = dailySeed(date);
      const distance = dailyDistance(date);
      const board = await generated(ctx, `Preparing the daily board for ${day}…`, distance, day);
      if (!board) return;
      startGame(ctx, board, { kind: 'daily', date: day, today: day === dailySeed(ctx.now()) }, distance);
    },
    async loadNext() {
      const source = ctx.get().source;
      const level = nextLevel(source);
      if (level !== null) actions.loadLevel(level);
      else await actions.loadRandom(source.kind === 'random' ? source.difficulty : 'medium');
    },
  };
  return actions;
}
