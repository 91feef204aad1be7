/**
 * One playable game: status, board, messages, controls, the win panel and optional settings.
 * Used alone by embedded boards and inside the full app; renders the store it is given.
 */
import { Suspense, lazy, useState } from 'react';
import { Controls } from './Controls';
import { Board } from './board/Board';
import { useGame, useGameStore } from './GameContext';
import { LoadBoundary } from './LoadBoundary';
import { GAME_LABEL } from './messages';
import { Notices } from './Notices';
import type { Control } from './options';
import { ALL_CONTROLS } from './options';
import { Status } from './Status';
import { runShortcut, useDocumentShortcuts } from './useShortcuts';
import { WinPanel } from './WinPanel';

const SettingsPanel = lazy(() => import('./SettingsPanel').then((m) => ({ default: m.SettingsPanel })));

export interface GameProps {
  readonly controls?: readonly Control[];
  /** The accessible name of the game's region. */
  readonly label?: string;
  /** False hides every kind of help: Hint, Show solution and the help settings. */
  readonly hints?: boolean;
  readonly onNew?: () => void;
  readonly onNext?: () => void;
  readonly nextLabel?: string;
  /** Shortcuts also work when the page itself has focus (the full app). */
  readonly documentShortcuts?: boolean;
}

export function Game(props: GameProps) {
  const store = useGameStore();
  const hints = props.hints ?? true;
  const palette = useGame((s) => s.progress.settings.palette);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const controls = (props.controls ?? ALL_CONTROLS).filter((c) => hints || (c !== 'hint' && c !== 'solution'));
  useDocumentShortcuts(store, props.documentShortcuts ?? false, hints);
  return (
    <section
      className="tp-game"
      data-palette={palette}
      aria-label={props.label ?? GAME_LABEL}
      onKeyDown={(event) => {
        if (runShortcut(store, event, hints)) event.preventDefault();
      }}
    >
      <Status />
      <div className="tp-board-wrap">
        <Board />
      </div>
      <WinPanel onNext={props.onNext} nextLabel={props.nextLabel} />
      <Notices />
      <Controls controls={controls} onNew={props.onNew} onSettings={() => setSettingsOpen((o) => !o)} settingsOpen={settingsOpen} />
      {settingsOpen && controls.includes('settings') && (
        <LoadBoundary>
          <Suspense fallback={null}>
            <SettingsPanel help={hints} />
          </Suspense>
        </LoadBoundary>
      )}
    </section>
  );
}
