/**
 * English for what the solver could not do, for the player (a notice) and for a host's `error`
 * event, which an embedded board sends at once: loaded with the board, unlike the notices' words.
 */
import type { SolverFailure } from '../../../store';
import { capitalised } from './names';

/** What went wrong with the solver, for the player and for a host's `error` event. */
export function solverFailureText(failure: SolverFailure): string {
  const helper =
    failure.cause === 'unavailable'
      ? 'the puzzle helper is not responding'
      : `the puzzle helper could not work this board out (${failure.detail})`;
  return failure.task === 'generate'
    ? `Could not make a new board: ${helper}. Please try again.`
    : `${capitalised(helper)}, so hints and par are not available for now. You can still play.`;
}
