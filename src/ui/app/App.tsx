/**
 * The full app around one game: a header with the views (play, levels, new board, editor,
 * stats, leaderboards, settings), the board's title and share link, "How to play" with the
 * first-run guide, and the player's theme; each board and view a history entry (router.ts), and
 * the saved stats read once the board is up (store/saved). Renders store state and sends
 * intents; board choice logic lives in the store.
 */
import { Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { boardId, nextLevel } from '../../store';
import { Game } from '../Game';
import { LoadFailedPart, lazyPart } from '../lazyPart';
import { useInBrowser } from '../useInBrowser';
import { NoticeWords } from '../NoticeWords';
import { useGame, useGameStore } from '../GameContext';
import { APP_NAME, HOW_TO_PLAY, LOADING, MAIN_NAV, NEXT, SETTINGS, VIEWS } from '../messages';
import { LeaderboardPanel, WinOffer, preloadScreens } from '../online/lazy';
import { LoadFailed } from './LoadFailed';
import { PlayHeader } from './PlayHeader';
import type { View } from './router';
import { useLater } from './useLater';
import { useRootTheme } from './useRootTheme';
import { useWinParts } from './useWinParts';

const panels = () => import('./panels');
const EditorPanel = lazyPart(() => panels().then((m) => m.EditorPanel));
const LevelsPanel = lazyPart(() => panels().then((m) => m.LevelsPanel));
const NewBoardPanel = lazyPart(() => panels().then((m) => m.NewBoardPanel));
const StatsPanel = lazyPart(() => panels().then((m) => m.StatsPanel));
const SettingsPanel = lazyPart(() => panels().then((m) => m.SettingsPanel));
const review = () => import('../review');
const AfterWin = lazyPart(() => review().then((m) => m.AfterWin));
const ThemeSetting = lazyPart(() => panels().then((m) => m.ThemeSetting));
const guide = () => import('../guide');
// The notices' words, the app's own (about links) included: loaded on the first notice (NoticeWords).
const loadNoticeWords = () => import('../messages/appNotices');
const Guide = lazyPart(() => guide().then((m) => m.Guide));
const HowToPlayBody = lazyPart(() => guide().then((m) => m.HowToPlay));

export type { View };

/** What the win panel shows in the app, loaded while the game is played (useWinParts). */
function loadWinParts(): void {
  void review().catch(() => undefined);
  preloadScreens();
}

const ORDER = Object.keys(VIEWS) as View[];

export function App() {
  const store = useGameStore();
  const { view, show: setView, noticeText } = useLater(store);
  const source = useGame((s) => s.game.source);
  const start = useGame((s) => s.game.start);
  const play = useCallback(() => setView('play'), [setView]);
  const self = useRef<HTMLDivElement>(null);
  useRootTheme(self);
  useWinParts(store, loadWinParts);
  const [guideAsked, setGuideAsked] = useState(false);
  const showGuide = useCallback(() => {
    setView('play');
    setGuideAsked(true);
  }, [setView]);
  // After the last level the next board is a random one: the button says so.
  const nextLabel = nextLevel(source) === null ? NEXT.board : NEXT.level;
  const words = useMemo(() => ({ load: loadNoticeWords, noticeText }), [noticeText]);
  return (
    <NoticeWords.Provider value={words}>
      <LoadFailedPart.Provider value={<LoadFailed />}>
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
                    winShare={
                      <Suspense fallback={null}>
                        <AfterWin onTry={play} />
                      </Suspense>
                    }
                  />
                </div>
                <HowToPlay onGuide={showGuide} />
              </>
            )}
            <FirstRunGuide asked={guideAsked} onClose={() => setGuideAsked(false)} />
            {/* A panel that cannot load says so in its place (lazyPart); the other views still work. */}
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
          </main>
        </div>
      </LoadFailedPart.Provider>
    </NoticeWords.Provider>
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
    <Suspense fallback={null}>
      <Guide onClose={props.onClose} />
    </Suspense>
  );
}

/** "How to play": its inside (the rules, figures, the guide again) loads when first opened. */
function HowToPlay(props: { readonly onGuide: () => void }) {
  const [opened, setOpened] = useState(false);
  return (
    <details className="tp-help" onToggle={(e) => setOpened((was) => was || e.currentTarget.open)}>
      <summary>{HOW_TO_PLAY.title}</summary>
      {opened && (
        <Suspense fallback={<p>{LOADING}</p>}>
          <HowToPlayBody onGuide={props.onGuide} />
        </Suspense>
      )}
    </details>
  );
}
