/**
 * The game's buttons: Hint (with a busy indicator), Undo, Redo, Restart, Show/Stop solution and,
 * when the host allows them, New board and Settings. Names are stable test hooks.
 */
import { useShallow } from 'zustand/react/shallow';
import { useGame } from './GameContext';

export type Control = 'hint' | 'undo' | 'redo' | 'restart' | 'solution' | 'new' | 'settings';

export const ALL_CONTROLS: readonly Control[] = ['hint', 'undo', 'redo', 'restart', 'solution', 'new', 'settings'];

export interface ControlsProps {
  readonly controls: readonly Control[];
  readonly onNew?: () => void;
  readonly onSettings?: () => void;
  readonly settingsOpen?: boolean;
}

export function Controls(props: ControlsProps) {
  const has = (c: Control): boolean => props.controls.includes(c);
  const s = useGame(
    useShallow((g) => ({
      canUndo: g.past.length > 0,
      canRedo: g.future.length > 0,
      busy: g.busy,
      playing: g.playing,
      solved: g.result !== null,
      loading: g.loading !== null,
      pressHint: g.pressHint,
      undo: g.undo,
      redo: g.redo,
      restart: g.restart,
      playSolution: g.playSolution,
      stopSolution: g.stopSolution,
    })),
  );
  /** Undo, Redo and Restart: one shape, enabled while there is a move to take back or bring back. */
  const step = (c: Control, label: string, onClick: () => void, enabled: boolean, keys: string) =>
    has(c) && (
      <button type="button" onClick={onClick} disabled={!enabled} aria-keyshortcuts={keys}>
        {label}
      </button>
    );
  return (
    <div className="tp-controls" role="toolbar" aria-label="Game controls">
      {has('hint') && (
        <button
          type="button"
          className="tp-primary"
          onClick={s.pressHint}
          aria-busy={s.busy}
          disabled={s.solved || s.loading}
          aria-keyshortcuts="H"
        >
          {s.busy && <span className="tp-spinner" aria-hidden="true" />}
          Hint
        </button>
      )}
      {step('undo', 'Undo', s.undo, s.canUndo, 'Z U')}
      {step('redo', 'Redo', s.redo, s.canRedo, 'Y')}
      {step('restart', 'Restart', s.restart, s.canUndo, 'R')}
      {has('solution') &&
        (s.playing ? (
          <button type="button" onClick={s.stopSolution}>
            Stop solution
          </button>
        ) : (
          <button type="button" onClick={s.playSolution} disabled={s.solved || s.loading}>
            Show solution
          </button>
        ))}
      {has('new') && props.onNew && (
        <button type="button" onClick={props.onNew} disabled={s.loading}>
          New board
        </button>
      )}
      {has('settings') && props.onSettings && (
        <button type="button" onClick={props.onSettings} aria-expanded={props.settingsOpen ?? false}>
          Settings
        </button>
      )}
    </div>
  );
}
