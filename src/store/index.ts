/**
 * The game store's public surface for the UI and the embed: the store factory, its state and
 * notice types, and the pure helpers for links, scores and saved data. No React, no solver
 * runtime code.
 */
export { createGameStore } from './createGameStore';
export type { GameStore, GameStoreOptions } from './createGameStore';
export type * from './types';
export type * from './notices';
export { readLink, boardLink, sourceLink, readLevelNumber, readDay } from './links';
export type { LinkError, LinkTarget, DayError } from './links';
export { dateOfDay } from './days';
export { MANY_HINTS, starsFor, starsForMoves } from './stars';
export type { StarFacts, Stars } from './stars';
export type { MoveCost } from './costs';
export { currentStreak, emptyStats, hintsPerGame, ownSolve } from './stats';
export type { DailyEntry, Help, LastWin, SolvedEntry, Stats } from './stats';
export { ROOT_KEY, FINISHED_KEY, GAME_PREFIX, LAST_KEY, LEGACY_KEY, SAVE_VERSION, boardId, gameKey } from './storage';
export type { SaveFailure, StorageLike } from './storage';
export type { FinishedGame } from './finished';
export type { GameSave } from './resume';
export { firstUnsolvedLevel, nextLevel } from './boards';
export { whenState } from './when';
// The editor (store/editor.ts) and the saved-data reader (store/saved) load later, imported
// from their own modules: re-exported here, they would join the first load of every board.
