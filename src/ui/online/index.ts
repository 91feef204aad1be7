/**
 * The leaderboard screens in one lazily loaded chunk: the win panel's offer and the Leaderboards
 * panel. Nothing here is needed to show or play a board, so none of it (nor the online client,
 * nor the controller) is in the first load. Their styles are in online.css, linked by the app.
 */
export { LeaderboardPanel } from './LeaderboardPanel';
export { SubmitScore } from './SubmitScore';
