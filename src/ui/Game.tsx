/**
 * One playable game: status, board, messages, controls, the win panel and optional settings.
 * Used alone by embedded boards and inside the full app; renders the store it is given.
 */
import { Suspense, useState } from 'react';
import type { ReactNode } from 'react';
import { Controls } from './Controls';
import { Board } from './board/Board';
import { useGame, useGameStore } from './GameContext';
import { lazyPart } from './lazyPart';
import { GAME_LABEL } from './messages';
import { Notices } from './Notices';
import type { Control } from './options';
import { ALL_CONTROLS } from './options';
import { Status } from './Status';
import { runShortcut, useDocumentShortcuts } from './useShortcuts';

const SettingsPanel = lazyPart(() => import('./SettingsPanel').then((m) => m.SettingsPanel));
// Not needed to draw the board: it loads while the first moves are made (embed.js inlines it).
const WinPanel = lazyPart(() => import('./WinPanel').then((m) => m.WinPanel));

export interface GameProps {
  readonly controls?: readonly Control[];
  /** The accessible name of the game's region. */
  readonly label?: string;
  /** False hides every kind of help: Hint, Show solution and the help settings. */
  readonly hints?: boolean;
  readonly onNew?: () => void;
  readonly onNext?: () => void;
  readonly nextLabel?: string;
  /** More for the win panel (the app's offer to put the result on a leaderboard). */
  readonly winExtra?: ReactNode;
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
      <Suspense fallback={null}>
        <WinPanel onNext={props.onNext} nextLabel={props.nextLabel} extra={props.winExtra} />
      </Suspense>
      <Notices />
      <Controls controls={controls} onNew={props.onNew} onSettings={() => setSettingsOpen((o) => !o)} settingsOpen={settingsOpen} />
      {settingsOpen && controls.includes('settings') && (
        <Suspense fallback={null}>
          <SettingsPanel help={hints} />
        </Suspense>
      )}
    </section>
  );
}
