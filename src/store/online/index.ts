/**
 * The leaderboards' side of the store: the controller, its state types, and the helpers the
 * leaderboard screens need (which board a game ranks on, who may go on it, valid names). Loaded
 * lazily with those screens and the app's online connection; store/index.ts never re-exports it,
 * so it stays out of the first load of every board.
 */
export { LEADERBOARD_SIZE, createOnlineController } from './controller';
export type { OnlineController, OnlineControllerOptions } from './controller';
export { isEligible, leaderboardKey, sourceOf } from './sources';
export { PLAYER_KEY } from './player';
export { NAME_MAX, isValidName, normalizeName } from '../../online/protocol';
export type * from './types';
