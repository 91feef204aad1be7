/**
 * The words of the app's lazily loaded panels (levels, new board, stats, editor), in the
 * player's language: imported by those panels only, so they load with them.
 */
export * from './en/panels';
