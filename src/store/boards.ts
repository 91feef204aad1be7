/**
 * Choosing the board to play: any board, a built-in level, a random board of a difficulty or
 * the daily board (both generated in the worker). Opening a board resumes its saved game (see
 * `Opening`) or starts a new one; either way the answers and the session start afresh and the
 * solver is asked about the board. Must not import UI code or solver runtime code.
 */
import type { Board } from '../engine';
import { holeOf, isSolved, sameBoard } from '../engine';
import { DIFFICULTIES, LEVELS, dailyDistance, dailySeed } from '../levels';
import { askCurrent, askPar, failureOf } from './answers';
import type { StoreContext } from './context';
import { showing, tell } from './context';
import { dateOfDay } from './days';
import type { Loading, Notice } from './notices';
import { newGameId, savedGame } from './resume';
import { latestSettings } from './settings';
import type { Stats } from './stats';
import { ownSolve } from './stats';
import { boardId } from './storage';
import type { Answers, BoardSource, GameActions, GameRecord, Opening, Session } from './types';
import { finishIfSolved } from './win';

/** The first built-in level the player has not solved by their own moves (the last one when all are). */
export function firstUnsolvedLevel(stats: Stats): number {
  const open = LEVELS.find((l) => !ownSolve(stats.solved[boardId(l)]));
  return (open ?? LEVELS.at(-1))?.id ?? 1;
}

/** The level after the one being played, or null when there is none (or no level is played). */
export function nextLevel(source: BoardSource): number | null {
  return source.kind === 'level' && LEVELS.some((l) => l.id === source.id + 1) ? source.id + 1 : null;
}

/** A game that has just started on `board`: no moves, no help, nothing played yet. */
export function freshRecord(board: Board, source: BoardSource, id: string): GameRecord {
  return {
    id,
    source,
    start: board,
    board,
    past: [],
    future: [],
    hintsUsed: 0,
    hinted: [],
    solutionShown: false,
    recorded: false,
    result: null,
  };
}

/** A board opened: the game to play, the coach it is played with, and what its save calls to say. */
export interface OpenedGame {
  readonly game: GameRecord;
  readonly coach: boolean;
  readonly notice: Notice | null;
}

/**
 * Opens `board`: its saved game goes on when the opening resumes it (a finished one only on
 * `return`), with the coach it had; else a new game, with `coach` (the player's setting). A
 * damaged save is dropped, a newer one left alone; either is said.
 */
export function openGame(ctx: StoreContext, board: Board, source: BoardSource, opening: Opening, coach: boolean): OpenedGame {
  const saved = savedGame(ctx, board, source);
  const resumed = typeof saved === 'object' && !(saved?.game.recorded && opening === 'play') ? saved : null;
  return {
    game: resumed?.game ?? freshRecord(board, source, newGameId()),
    coach: ctx.help && (resumed ? resumed.coach : coach),
    notice:
      saved === 'damaged' ? { kind: 'saved-data-damaged', lost: { games: 1 } } : saved === 'newer' ? { kind: 'saved-data-newer' } : null,
  };
}

/** The answers known when a game starts: par and analysis from the jobs' cache when it knows the board. */
export function freshAnswers(ctx: Pick<StoreContext, 'jobs'>, board: Board, par: number | null): Answers {
  const analysis = ctx.jobs.known(board) ?? null;
  return { par: analysis?.distance ?? par, parUnknown: false, analysis, waiting: null, coach: null };
}

/** The session of a game that has just started: focus on the first pebble, nothing shown. */
export function freshSession(board: Board, serial: number): Session {
  // The first position that holds a pebble.
  const focus = holeOf(board) === 0 ? 1 : 0;
  return {
    focus,
    hintStage: 0,
    hintMove: null,
    animation: null,
    playing: false,
    loading: null,
    notice: null,
    noticeId: 0,
    announcement: null,
    serial,
  };
}

function startGame(ctx: StoreContext, board: Board, source: BoardSource, par: number | null, opening: Opening = 'play'): void {
  ctx.jobs.cancel('start', 'current', 'timer');
  // The board just played may be the one opened: its last move must be in the save read below.
  ctx.savePending();
  const same = sameBoard(board, ctx.get().game.start);
  const { game, coach, notice } = openGame(ctx, board, source, opening, latestSettings(ctx.vault, ctx.get().progress.settings).coach);
  ctx.update((s) => ({
    game,
    answers: freshAnswers(ctx, board, par),
    session: {
      ...freshSession(board, s.session.serial),
      // What was said about the saved data (saved-data-…, not-saved) still holds on the next board.
      notice: s.session.notice?.kind.includes('saved') ? s.session.notice : null,
      ...(notice && showing(s.session, notice)),
      announcement: { kind: 'new-board', how: isSolved(board) ? 'solved' : same ? 'again' : 'new' },
    },
    progress: { settings: { ...s.progress.settings, coach } },
    // The editor starts again from the board being played.
    editor: null,
  }));
  finishIfSolved(ctx);
  askPar(ctx);
  void askCurrent(ctx);
}

/** Generates a board in the worker; a newer request (or a new game) cancels an older one. */
async function generated(ctx: StoreContext, loading: Loading, distance: number, seed: string | number): Promise<Board | null> {
  ctx.update({ session: { loading } });
  try {
    return await ctx.jobs.generate({ distance, seed });
  } catch (error) {
    const failure = failureOf(error, 'generate');
    tell(ctx, { kind: 'solver-failed', ...failure }, { loading: null });
    ctx.emit({ type: 'error', failure });
    return null;
  }
}

type BoardActions = Pick<GameActions, 'newGame' | 'loadLevel' | 'loadRandom' | 'loadDaily' | 'loadNext'>;

export function boardActions(ctx: StoreContext): BoardActions {
  const actions: BoardActions = {
    newGame(board, source = { kind: 'custom' }, par = null, opening = 'play') {
      ctx.jobs.cancel('generate');
      startGame(ctx, board, source, par, opening);
    },
    loadLevel(id, opening) {
      const level = LEVELS.find((l) => l.id === id);
      if (!level) {
        tell(ctx, { kind: 'no-such-level', id, count: LEVELS.length });
        return;
      }
      ctx.jobs.cancel('generate');
      startGame(ctx, { plates: level.plates, pebbles: level.pebbles }, { kind: 'level', id }, level.par, opening);
    },
    async loadRandom(difficulty) {
      const range = DIFFICULTIES[difficulty];
      const distance = range.min + Math.floor(ctx.random() * (range.max - range.min + 1));
      const seed = Math.floor(ctx.random() * 2 ** 31);
      const board = await generated(ctx, { kind: 'random', difficulty }, distance, seed);
      if (board) startGame(ctx, board, { kind: 'random', difficulty }, distance);
    },
    async loadDaily(when = ctx.now(), opening) {
      const date = typeof when === 'string' ? dateOfDay(when) : when;
      if (!date) {
        tell(ctx, { kind: 'no-such-day', value: String(when) });
        return;
      }
      const day = dailySeed(date);
      const board = await generated(ctx, { kind: 'daily', date: day }, dailyDistance(date), day);
      if (board) startGame(ctx, board, { kind: 'daily', date: day, today: day === dailySeed(ctx.now()) }, dailyDistance(date), opening);
    },
    async loadNext() {
      const source = ctx.get().game.source;
      const level = nextLevel(source);
      if (level !== null) actions.loadLevel(level);
      else await actions.loadRandom(source.kind === 'random' ? source.difficulty : 'medium');
    },
  };
  return actions;
}
