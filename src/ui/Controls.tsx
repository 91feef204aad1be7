/**
 * The game's buttons: Hint (with a busy indicator), Undo, Redo, Restart, Show/Stop solution and,
 * when the host allows them, New board and Settings. Names are stable test hooks.
 */
import { useActions, useGame } from './GameContext';
import { CONTROLS, STOP_SOLUTION, TOOLBAR } from './messages';
import type { Control } from './options';

export interface ControlsProps {
  readonly controls: readonly Control[];
  readonly onNew?: () => void;
  readonly onSettings?: () => void;
  readonly settingsOpen?: boolean;
}

export function Controls(props: ControlsProps) {
  const has = (c: Control): boolean => props.controls.includes(c);
  const canUndo = useGame((g) => g.game.past.length > 0);
  const canRedo = useGame((g) => g.game.future.length > 0);
  const busy = useGame((g) => g.answers.waiting !== null);
  const playing = useGame((g) => g.session.playing);
  const solved = useGame((g) => g.game.result !== null);
  const loading = useGame((g) => g.session.loading !== null);
  const actions = useActions();
  /** Undo, Redo and Restart: one shape, enabled while there is a move to take back or bring back. */
  const step = (c: Control, onClick: () => void, enabled: boolean, keys: string) =>
    has(c) && (
      <button type="button" onClick={onClick} disabled={!enabled} aria-keyshortcuts={keys}>
        {CONTROLS[c]}
      </button>
    );
  return (
    <div className="tp-controls" role="toolbar" aria-label={TOOLBAR}>
      {has('hint') && (
        <button
          type="button"
          className="tp-primary"
          onClick={actions.pressHint}
          aria-busy={busy}
          disabled={solved || loading}
          aria-keyshortcuts="H"
        >
          {busy && <span className="tp-spinner" aria-hidden="true" />}
          {CONTROLS.hint}
        </button>
      )}
      {step('undo', actions.undo, canUndo, 'Z U')}
      {step('redo', actions.redo, canRedo, 'Y')}
      {step('restart', actions.restart, canUndo, 'R')}
      {has('solution') &&
        (playing ? (
          <button type="button" onClick={actions.stopSolution}>
            {STOP_SOLUTION}
          </button>
        ) : (
          <button type="button" onClick={actions.playSolution} disabled={solved || loading}>
            {CONTROLS.solution}
          </button>
        ))}
      {has('new') && props.onNew && (
        <button type="button" onClick={props.onNew} disabled={loading}>
          {CONTROLS.new}
        </button>
      )}
      {has('settings') && props.onSettings && (
        <button type="button" onClick={props.onSettings} aria-expanded={props.settingsOpen ?? false}>
          {CONTROLS.settings}
        </button>
      )}
    </div>
  );
}
