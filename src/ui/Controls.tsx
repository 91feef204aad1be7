/**
 * The game's buttons: Hint (with a busy indicator; off while the solution plays), Undo, Redo,
 * Restart, Show/Stop solution and, when the host allows them, New board and Settings. Each has an
 * icon and its name as text; narrow boards hide the text (styles) and the name stays the button's
 * accessible name. Names are stable test hooks.
 */
import type { ReactNode } from 'react';
import { useActions, useGameNow } from './GameContext';
import type { IconName } from './Icon';
import { Icon } from './Icon';
import { CONTROLS, STOP_SOLUTION, TOOLBAR } from './messages';
import type { Control } from './options';

export interface ControlsProps {
  readonly controls: readonly Control[];
  readonly onNew?: () => void;
  readonly onSettings?: () => void;
  readonly settingsOpen?: boolean;
}

/** An icon and the name: the name shows as text unless the board is narrow, and is the button's name either way. */
const Label = (props: { icon: IconName; children: ReactNode }) => (
  <>
    <Icon name={props.icon} />
    <span className="tp-label">{props.children}</span>
  </>
);

export function Controls(props: ControlsProps) {
  const has = (c: Control): boolean => props.controls.includes(c);
  const canUndo = useGameNow((g) => g.game.past.length > 0);
  const canRedo = useGameNow((g) => g.game.future.length > 0);
  const busy = useGameNow((g) => g.answers.waiting !== null);
  const playing = useGameNow((g) => g.session.playing);
  const solved = useGameNow((g) => g.game.result !== null);
  const loading = useGameNow((g) => g.session.loading !== null);
  const actions = useActions();
  /** Undo, Redo and Restart: one shape, enabled while there is a move to take back or bring back. */
  const step = (c: Control, onClick: () => void, enabled: boolean, keys: string) =>
    has(c) && (
      <button type="button" onClick={onClick} disabled={!enabled} aria-keyshortcuts={keys}>
        <Label icon={c}>{CONTROLS[c]}</Label>
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
          disabled={solved || loading || playing}
          aria-keyshortcuts="H"
        >
          {busy ? <span className="tp-spinner" aria-hidden="true" /> : <Icon name="hint" />}
          <span className="tp-label">{CONTROLS.hint}</span>
        </button>
      )}
      {step('undo', actions.undo, canUndo, 'Z')}
      {step('redo', actions.redo, canRedo, 'Y')}
      {step('restart', actions.restart, canUndo, 'R')}
      {has('solution') &&
        (playing ? (
          <button type="button" onClick={actions.stopSolution}>
            <Label icon="stop">{STOP_SOLUTION}</Label>
          </button>
        ) : (
          <button type="button" onClick={actions.playSolution} disabled={solved || loading}>
            <Label icon="solution">{CONTROLS.solution}</Label>
          </button>
        ))}
      {has('new') && props.onNew && (
        <button type="button" onClick={props.onNew} disabled={loading}>
          <Label icon="new">{CONTROLS.new}</Label>
        </button>
      )}
      {has('settings') && props.onSettings && (
        <button type="button" onClick={props.onSettings} aria-expanded={props.settingsOpen ?? false}>
          <Label icon="settings">{CONTROLS.settings}</Label>
        </button>
      )}
    </div>
  );
}
