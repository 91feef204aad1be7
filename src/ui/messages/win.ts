/**
 * The win panel's words in the player's language: imported by the win panel and what follows a
 * win only, so that the app loads them with the win panel, after the board.
 */
export * from './en/win';
