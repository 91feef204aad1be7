/**
 * Resume: each board's game is saved as it is played (moves, undo/redo history, hints used,
 * the solution shown, the coach in effect) under the board's own key, and read back when the
 * board is opened again: after a reload, in a new tab, on another day. Two tabs on one board:
 * the last writer wins, and the other tab takes the newer game over through the storage event.
 * A save is checked by replaying its moves on the board, so a damaged one is never played.
 * First-load code. No UI imports.
 */
import type { Board, Move } from '../engine';
import { applyMoves } from '../engine';
import type { StoreContext } from './context';
import { SAVE_VERSION, gameKey, isCount, versionOf } from './storage';
import type { BoardSource, GameRecord, GameState } from './types';

/** A board's game as saved under `tripebble:game:<plates>/<pebbles>` (the start board is the key). */
export interface GameSave {
  readonly version: typeof SAVE_VERSION;
  readonly id: string;
  /** How the board was opened: the app reopens the last board by it. */
  readonly source: BoardSource;
  readonly past: readonly Move[];
  readonly future: readonly Move[];
  readonly hintsUsed: number;
  /** Moves made with help on show (indexes into `past`); absent in saves made before it was kept. */
  readonly hinted?: readonly number[];
  readonly solutionShown: boolean;
  readonly recorded: boolean;
  /** The coach setting in effect for this game. */
  readonly coach: boolean;
}

/** A saved game read back: the game record and the coach it had. */
export interface Restored {
  readonly game: GameRecord;
  readonly coach: boolean;
}

/**
 * The game saved for `start`, opened as `source` (the link, the level: a daily board counts for
 * the streak when opened on its day); null when none is saved, `newer` or `damaged` when it
 * cannot be played. Its moves must replay on the board, and its undone moves redo after them.
 */
export function restoreGame(saved: unknown, start: Board, source: BoardSource): Restored | 'newer' | 'damaged' | null {
  if (saved === null) return null;
  // Only version 2 writes this key: a newer version is left alone, a garbled one read as 2.
  if ((versionOf(saved) ?? 0) > SAVE_VERSION) return 'newer';
  const s = saved as GameSave;
  const flags = [s.solutionShown, s.recorded, s.coach].every((flag) => typeof flag === 'boolean');
  if (typeof s.id !== 'string' || !isCount(s.hintsUsed) || !flags) return 'damaged';
  try {
    const board = applyMoves(start, s.past);
    // The next redo is the last undone move.
    applyMoves(board, [...s.future].reverse());
    const { id, past, future, hintsUsed, solutionShown, recorded } = s;
    const hinted = markedMoves(s.hinted, past.length + future.length);
    if (hinted === null) return 'damaged';
    return { game: { id, source, start, board, past, future, hintsUsed, hinted, solutionShown, recorded, result: null }, coach: s.coach };
  } catch {
    // Not lists of moves, or a move that is not legal there.
    return 'damaged';
  }
}

/** Marked moves as saved: indexes of the game's moves; none in a save from before marks were kept. */
export function markedMoves(value: unknown, moves: number): readonly number[] | null {
  if (value === undefined) return [];
  return Array.isArray(value) && value.every((i) => isCount(i) && i < moves) ? value : null;
}

/** A game worth keeping: something was played, asked or won. */
const worthSaving = (game: GameRecord): boolean =>
  game.past.length + game.future.length + game.hintsUsed > 0 || game.solutionShown || game.recorded;

/** Saves the game being played (or removes the save of a board where nothing is left to keep). */
export function keepGame(ctx: Pick<StoreContext, 'vault'>, state: GameState): void {
  const { start, board: _board, result: _result, ...game } = state.game;
  const key = gameKey(start);
  if (!worthSaving(state.game)) return ctx.vault.remove(key);
  // Nothing but the game: undo then redo writes back the very same text.
  const save: GameSave = { version: SAVE_VERSION, ...game, coach: state.progress.settings.coach };
  ctx.vault.write(key, save);
}

/**
 * Reads the save of a board being opened; a damaged one is dropped, a newer one makes the
 * vault read-only (`newer`: the caller tells the player).
 */
export function savedGame(ctx: Pick<StoreContext, 'vault'>, start: Board, source: BoardSource): Restored | 'damaged' | 'newer' | null {
  const key = gameKey(start);
  const restored = restoreGame(ctx.vault.read(key), start, source);
  if (restored === 'damaged') ctx.vault.remove(key);
  if (restored === 'newer') ctx.vault.readOnly = true;
  return restored;
}

/** A fresh game id: random (about 50 bits), so that tabs and boards never share one. */
export const newGameId = (): string => Math.random().toString(36).slice(2);
