/**
 * The player's settings as an action: a change is saved onto the settings saved now (other
 * boards and tabs may have saved meanwhile). Resetting the stats is store/saved's (the app
 * loads it). Must not import UI code or solver runtime code.
 */
import type { StoreContext } from './context';
import { latestSettings, writeSettings } from './settings';
import type { GameActions } from './types';

type ProgressActions = Pick<GameActions, 'updateSettings'>;

export function progressActions(ctx: StoreContext): ProgressActions {
  return {
    updateSettings(patch) {
      const { progress, answers, game } = ctx.get();
      // Only the change is saved, onto what is saved now: a board whose host turned help off
      // must not save its forced-off help, nor drop what other boards saved meanwhile.
      const latest = latestSettings(ctx.vault, progress.settings);
      writeSettings(ctx.vault, { ...latest, ...patch });
      // Turning on every optimal move while they are known shows help: it counts as a hint.
      const helped = patch.showAll === true && answers.analysis !== null && game.result === null;
      ctx.update({
        progress: { settings: { ...progress.settings, ...patch } },
        ...(helped ? { game: { hintsUsed: game.hintsUsed + 1 } } : {}),
      });
    },
  };
}
