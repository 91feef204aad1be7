/**
 * One playable game: status, board, messages, controls, and the win panel and optional settings
 * laid over the board (so that they move nothing). Used alone by embedded boards and inside the
 * full app; renders the store it is given.
 */
import { Suspense, useCallback, useState } from 'react';
import type { ComponentType, ReactNode } from 'react';
import { Controls } from './Controls';
import { Board } from './board/Board';
import { useGame, useGameStore } from './GameContext';
import { lazyPart } from './lazyPart';
import { GAME_LABEL } from './messages';
import { Notices } from './Notices';
import { useAfterPaint } from './useAfterPaint';
import { useInBrowser } from './useInBrowser';
import type { Control } from './options';
import { ALL_CONTROLS } from './options';
import type { SettingsPanelProps } from './SettingsPanel';
import type { WinPanelProps } from './WinPanel';
import { Status } from './Status';
import { startsSolved } from './viewModel';
import { runShortcut, useDocumentShortcuts } from './useShortcuts';

// Not needed to draw the board: it loads once the first move is made (embed.js inlines it), so a
// first load neither fetches nor runs it.
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
  /** The win panel's share card, in place of the daily board's text (the app's share card and review). */
  readonly winShare?: ReactNode;
  /** Shortcuts also work when the page itself has focus (the full app). */
  readonly documentShortcuts?: boolean;
  /** What the Settings button opens: the embed passes the settings panel (no panel, no button). */
  readonly settings?: ComponentType<SettingsPanelProps>;
}

/**
 * The win panel's place. It has something to show only after a move, or on a board that starts
 * solved; it is put in the page (and its code loaded) after the first move's frame is drawn, so
 * that the first move renders the move alone and nothing around it. Lazy, so in the browser
 * only: suspended in the prerendered page, hydration would switch its boundary to client
 * rendering (a recoverable error the page reports).
 */
function WinSlot(props: WinPanelProps) {
  const inBrowser = useInBrowser();
  const mayShow = useAfterPaint(useGame((s) => s.game.past.length > 0 || s.game.result !== null || startsSolved(s.game)));
  if (!inBrowser || !mayShow) return null;
  return (
    <Suspense fallback={null}>
      <WinPanel {...props} />
    </Suspense>
  );
}

export function Game(props: GameProps) {
  const store = useGameStore();
  const hints = props.hints ?? true;
  const palette = useGame((s) => s.progress.settings.palette);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const toggleSettings = useCallback(() => setSettingsOpen((open) => !open), []);
  const Settings = props.settings;
  const controls = (props.controls ?? ALL_CONTROLS).filter(
    (c) => (hints || (c !== 'hint' && c !== 'solution')) && (c !== 'settings' || Settings),
  );
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
        <WinSlot onNext={props.onNext} nextLabel={props.nextLabel} extra={props.winExtra} share={props.winShare} />
        {settingsOpen && Settings && controls.includes('settings') && <Settings help={hints} overlay />}
      </div>
      <Notices />
      <Controls controls={controls} onNew={props.onNew} onSettings={toggleSettings} settingsOpen={settingsOpen} />
    </section>
  );
}
