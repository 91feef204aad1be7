/**
 * The full app around one game: a header with the views (play, levels, new board, editor,
 * stats, settings), the board's title and share link, and the URL hash kept in step with the
 * board. Renders store state and sends intents; board choice logic lives in the store.
 */
import { Suspense, lazy, useCallback, useState } from 'react';
import { keyOf, nextLevel } from '../../store';
import { Game } from '../Game';
import { LoadBoundary } from '../LoadBoundary';
import { useGame, useGameContext } from '../GameContext';
import { PlayHeader } from './PlayHeader';
import { useHashLink } from './useHashLink';

const panels = () => import('./panels');
const EditorPanel = lazy(() => panels().then((m) => ({ default: m.EditorPanel })));
const LevelsPanel = lazy(() => panels().then((m) => ({ default: m.LevelsPanel })));
const NewBoardPanel = lazy(() => panels().then((m) => ({ default: m.NewBoardPanel })));
const StatsPanel = lazy(() => panels().then((m) => ({ default: m.StatsPanel })));
const SettingsPanel = lazy(() => panels().then((m) => ({ default: m.SettingsPanel })));

export type View = 'play' | 'levels' | 'new' | 'editor' | 'stats' | 'settings';

const VIEWS: readonly { view: View; label: string }[] = [
  { view: 'play', label: 'Play' },
  { view: 'levels', label: 'Levels' },
  { view: 'new', label: 'New board' },
  { view: 'editor', label: 'Editor' },
  { view: 'stats', label: 'Stats' },
  { view: 'settings', label: 'Settings' },
];

export function App() {
  const { store } = useGameContext();
  const [view, setView] = useState<View>('play');
  const source = useGame((s) => s.source);
  const start = useGame((s) => s.start);
  const play = useCallback(() => setView('play'), []);
  useHashLink(store, play);
  // After the last level the next board is a random one: the button says so.
  const nextLabel = nextLevel(source) === null ? 'New board' : 'Next level';
  return (
    <div className="tp-app">
      <header className="tp-header">
        <h1 className="tp-logo">
          <span aria-hidden="true" className="tp-logo-mark">
            ▲
          </span>
          tripebble
        </h1>
        <nav aria-label="Main">
          <ul>
            {VIEWS.map((v) => (
              <li key={v.view}>
                <button type="button" aria-current={view === v.view ? 'page' : undefined} onClick={() => setView(v.view)}>
                  {v.label}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main className="tp-main">
        {view === 'play' && (
          <>
            <PlayHeader key={keyOf(start)} />
            <Game
              controls={['hint', 'undo', 'redo', 'restart', 'solution']}
              documentShortcuts
              onNext={() => void store.getState().loadNext()}
              nextLabel={nextLabel}
            />
            <HowToPlay />
          </>
        )}
        {/* Keyed by view, so that a failure notice goes when the player goes to another view. */}
        <LoadBoundary key={view}>
          <Suspense fallback={<p className="tp-panel">Loading…</p>}>
            {view === 'levels' && <LevelsPanel onPlay={play} />}
            {view === 'new' && <NewBoardPanel onPlay={play} />}
            {view === 'editor' && <EditorPanel onPlay={play} />}
            {view === 'stats' && <StatsPanel />}
            {view === 'settings' && (
              <section className="tp-panel" aria-labelledby="tp-settings-title">
                <h2 id="tp-settings-title">Settings</h2>
                <SettingsPanel />
              </section>
            )}
          </Suspense>
        </LoadBoundary>
      </main>
    </div>
  );
}

function HowToPlay() {
  return (
    <details className="tp-help">
      <summary>How to play</summary>
      <p>
        Put every pebble on a plate of its own colour. A pebble moves by leaping into the hole along a straight line: a row, a slope of the
        triangle, or the centre line from the top to the middle of the base. It may jump over any pebbles on the way.
      </p>
      <p>
        Tap or drag a pebble, or use the arrow keys and Enter. Shortcuts: <kbd>H</kbd> hint, <kbd>Z</kbd> undo, <kbd>Y</kbd> redo,{' '}
        <kbd>R</kbd> restart. Par is the fewest moves possible.
      </p>
    </details>
  );
}
