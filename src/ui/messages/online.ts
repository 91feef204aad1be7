/**
 * The words of the leaderboards, in the player's language: imported by the leaderboard screens
 * only, so they load with them (never re-exported from ./index).
 */
export * from './en/online';
