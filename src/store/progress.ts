/**
 * The player's settings and saved stats as actions: a settings change is saved onto what is
 * saved now (other boards and tabs may have saved meanwhile), and stats can be reset. Saving
 * itself is stats.ts. Must not import UI code or solver runtime code.
 */
import type { StoreContext } from './context';
import { emptyStats, latestStats, saveStats } from './stats';
import type { GameActions } from './types';

type ProgressActions = Pick<GameActions, 'updateSettings' | 'resetStats'>;

export function progressActions(ctx: StoreContext): ProgressActions {
  return {
    updateSettings(patch) {
      const { progress, answers, game } = ctx.get();
      // Only the change is saved, onto what is saved now: a board whose host turned help off
      // must not save its forced-off help, nor drop what other boards saved meanwhile.
      const latest = latestStats(ctx.storage, progress.stats);
      const stats = { ...latest, settings: { ...latest.settings, ...patch } };
      saveStats(ctx.storage, stats);
      // Turning on every optimal move while they are known shows help: it counts as a hint.
      const helped = patch.showAll === true && answers.analysis !== null && game.result === null;
      ctx.update({
        progress: { settings: { ...progress.settings, ...patch }, stats },
        ...(helped ? { game: { hintsUsed: game.hintsUsed + 1 } } : {}),
      });
    },
    resetStats() {
      const stats = emptyStats(ctx.get().progress.settings);
      saveStats(ctx.storage, stats);
      ctx.update({ progress: { stats } });
    },
  };
}
