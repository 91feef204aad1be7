/**
 * The words of what comes after a win in the app (the share card, the review), in the player's
 * language: imported by those parts only, so they load with them.
 */
export * from './en/review';
