/**
 * The full app around one game: a header with the views (play, levels, new board, editor,
 * stats, leaderboards, settings), the board's title and share link, "How to play" with the
 * first-run guide, the player's theme, and the URL hash kept in step with the board. Renders
 * store state and sends intents; board choice logic lives in the store.
 */
import { Suspense, lazy, useCallback, useRef, useState, useSyncExternalStore } from 'react';
import { boardId, nextLevel } from '../../store';
import { Game } from '../Game';
import { LoadBoundary } from '../LoadBoundary';
import { useGame, useGameStore } from '../GameContext';
import { APP_NAME, HOW_TO_PLAY, LOADING, MAIN_NAV, NEXT, SETTINGS, VIEWS } from '../messages';
import { LeaderboardPanel, WinOffer } from '../online/lazy';
import { PlayHeader } from './PlayHeader';
import { useHashLink } from './useHashLink';
import { useRootTheme } from './useRootTheme';

const panels = () => import('./panels');
const EditorPanel = lazy(() => panels().then((m) => ({ default: m.EditorPanel })));
const LevelsPanel = lazy(() => panels().then((m) => ({ default: m.LevelsPanel })));
const NewBoardPanel = lazy(() => panels().then((m) => ({ default: m.NewBoardPanel })));
const StatsPanel = lazy(() => panels().then((m) => ({ default: m.StatsPanel })));
const SettingsPanel = lazy(() => panels().then((m) => ({ default: m.SettingsPanel })));
const ThemeSetting = lazy(() => panels().then((m) => ({ default: m.ThemeSetting })));
const guide = () => import('../guide');
const Guide = lazy(() => guide().then((m) => ({ default: m.Guide })));
const HowToPlayBody = lazy(() => guide().then((m) => ({ default: m.HowToPlay })));

export type View = keyof typeof VIEWS;

const never = () => () => undefined;
/** False while the server renders and the page hydrates, true in the browser afterwards. */
const useInBrowser = (): boolean =>
  useSyncExternalStore(
    never,
    () => true,
    () => false,
  );

const ORDER = Object.keys(VIEWS) as View[];

export function App() {
  const store = useGameStore();
  const [view, setView] = useState<View>('play');
  const source = useGame((s) => s.game.source);
  const start = useGame((s) => s.game.start);
  const play = useCallback(() => setView('play'), []);
  const self = useRef<HTMLDivElement>(null);
  useHashLink(store, play);
  useRootTheme(self);
  const [guideAsked, setGuideAsked] = useState(false);
  const showGuide = useCallback(() => {
    setView('play');
    setGuideAsked(true);
  }, []);
  // After the last level the next board is a random one: the button says so.
  const nextLabel = nextLevel(source) === null ? NEXT.board : NEXT.level;
  return (
    <div className="tp-app" ref={self}>
      <header className="tp-header">
        <h1 className="tp-logo">
          <span aria-hidden="true" className="tp-logo-mark">
            ▲
          </span>
          {APP_NAME}
        </h1>
        <nav aria-label={MAIN_NAV}>
          <ul>
            {ORDER.map((v) => (
              <li key={v}>
                <button type="button" aria-current={view === v ? 'page' : undefined} onClick={() => setView(v)}>
                  {VIEWS[v]}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main className="tp-main">
        {view === 'play' && (
          <>
            <div className="tp-play">
              <PlayHeader key={boardId(start)} />
              <Game
                controls={['hint', 'undo', 'redo', 'restart', 'solution']}
                documentShortcuts
                onNext={() => void store.getState().loadNext()}
                nextLabel={nextLabel}
                winExtra={<WinOffer />}
              />
            </div>
            <HowToPlay onGuide={showGuide} />
          </>
        )}
        <FirstRunGuide asked={guideAsked} onClose={() => setGuideAsked(false)} />
        {/* Keyed by view, so that a failure notice goes when the player goes to another view. */}
        <LoadBoundary key={view}>
          <Suspense fallback={<p className="tp-panel">{LOADING}</p>}>
            {view === 'levels' && <LevelsPanel onPlay={play} />}
            {view === 'new' && <NewBoardPanel onPlay={play} />}
            {view === 'editor' && <EditorPanel onPlay={play} />}
            {view === 'stats' && <StatsPanel />}
            {view === 'leaderboard' && <LeaderboardPanel />}
            {view === 'settings' && (
              <section className="tp-panel" aria-labelledby="tp-settings-title">
                <h2 id="tp-settings-title">{SETTINGS.title}</h2>
                <SettingsPanel>
                  <ThemeSetting />
                </SettingsPanel>
              </section>
            )}
          </Suspense>
        </LoadBoundary>
      </main>
    </div>
  );
}

/**
 * The guide, when asked for or on a first visit: in the browser only, never in the prerendered
 * page (and in a component of its own, so that switching it on after hydration redraws nothing else).
 */
function FirstRunGuide(props: { readonly asked: boolean; readonly onClose: () => void }) {
  const seen = useGame((s) => s.progress.settings.guideSeen);
  const inBrowser = useInBrowser();
  if (!props.asked && (seen || !inBrowser)) return null;
  return (
    <LoadBoundary>
      <Suspense fallback={null}>
        <Guide onClose={props.onClose} />
      </Suspense>
    </LoadBoundary>
  );
}

/** "How to play": its inside (the rules, figures, the guide again) loads when first opened. */
function HowToPlay(props: { readonly onGuide: () => void }) {
  const [opened, setOpened] = useState(false);
  return (
    <details className="tp-help" onToggle={(e) => setOpened((was) => was || e.currentTarget.open)}>
      <summary>{HOW_TO_PLAY.title}</summary>
      {opened && (
        <LoadBoundary>
          <Suspense fallback={<p>{LOADING}</p>}>
            <HowToPlayBody onGuide={props.onGuide} />
          </Suspense>
        </LoadBoundary>
      )}
    </details>
  );
}
