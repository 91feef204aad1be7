/**
 * The game store's public surface for the UI and the embed: the store factory, its state and
 * notice types, and the pure helpers for links, scores and saved stats. No React, no solver
 * runtime code.
 */
export { createGameStore } from './createGameStore';
export type { GameStore, GameStoreOptions } from './createGameStore';
export type * from './types';
export type * from './notices';
export { readLink, boardLink } from './links';
export type { LinkError, LinkTarget } from './links';
export { dateOfDay } from './days';
export { starsFor } from './win';
export { STORAGE_KEY, boardId, currentStreak, emptyStats, loadStats, ownSolve } from './stats';
export type { Help, SolvedEntry, Stats, StatsProblem, StorageLike } from './stats';
export { firstUnsolvedLevel, nextLevel } from './boards';
// The editor (store/editor.ts) loads with its panel, imported from its own module: re-exported
// here, it would join the first load of every board.
