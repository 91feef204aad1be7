/**
 * The words of the first-run guide and "How to play", in the player's language: imported by
 * those lazily loaded parts only, so they load with them.
 */
export * from './en/guide';
