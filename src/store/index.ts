/**
 * The game store's public surface for the UI and the embed: the store factory, its types, and
 * the pure helpers for links, scores and saved stats. No React, no solver runtime code.
 */
export { createGameStore } from './createGameStore';
export type { GameStore, GameStoreOptions } from './createGameStore';
export type * from './types';
export { readLink, boardLink } from './links';
export { dateOfDay } from './days';
export type { LinkTarget } from './links';
export { starsFor, starText, dailyShareText, keyOf } from './score';
export { STORAGE_KEY, currentStreak, emptyStats, loadStats, ownSolve } from './stats';
export type { Help, SolvedEntry, Stats, StorageLike } from './stats';
export { firstUnsolvedLevel, nextLevel } from './boards';
export { colourName } from './colours';
