/**
 * The full app around one game: a header with the views (play, levels, new board, editor,
 * stats, leaderboards, settings), the board's title and share link; each board and view a history entry
 * (router.ts), and the saved stats read once the board is up (store/saved). Renders store state
 * and sends intents; board choice logic lives in the store.
 */
import { Suspense, useCallback } from 'react';
import { boardId, nextLevel } from '../../store';
import { Game } from '../Game';
import { LoadFailedPart, lazyPart } from '../lazyPart';
import { NoticeWords } from '../NoticeWords';
import { useGame, useGameStore } from '../GameContext';
import { APP_NAME, HOW_TO_PLAY, LOADING, MAIN_NAV, NEXT, SETTINGS, VIEWS, appNoticeText } from '../messages';
import { LeaderboardPanel, WinOffer } from '../online/lazy';
import { LoadFailed } from './LoadFailed';
import { PlayHeader } from './PlayHeader';
import type { View } from './router';
import { useLater } from './useLater';

const panels = () => import('./panels');
const EditorPanel = lazyPart(() => panels().then((m) => m.EditorPanel));
const LevelsPanel = lazyPart(() => panels().then((m) => m.LevelsPanel));
const NewBoardPanel = lazyPart(() => panels().then((m) => m.NewBoardPanel));
const StatsPanel = lazyPart(() => panels().then((m) => m.StatsPanel));
const SettingsPanel = lazyPart(() => panels().then((m) => m.SettingsPanel));

export type { View };

const ORDER = Object.keys(VIEWS) as View[];

export function App() {
  const store = useGameStore();
  const { view, show: setView, noticeText } = useLater(store);
  const source = useGame((s) => s.game.source);
  const start = useGame((s) => s.game.start);
  const play = useCallback(() => setView('play'), [setView]);
  // After the last level the next board is a random one: the button says so.
  const nextLabel = nextLevel(source) === null ? NEXT.board : NEXT.level;
  return (
    <NoticeWords.Provider value={noticeText ?? appNoticeText}>
      <LoadFailedPart.Provider value={<LoadFailed />}>
        <div className="tp-app">
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
                <PlayHeader key={boardId(start)} />
                <Game
                  controls={['hint', 'undo', 'redo', 'restart', 'solution']}
                  documentShortcuts
                  onNext={() => void store.getState().loadNext()}
                  nextLabel={nextLabel}
                  winExtra={<WinOffer />}
                />
                <HowToPlay />
              </>
            )}
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
                  <SettingsPanel />
                </section>
              )}
            </Suspense>
          </main>
        </div>
      </LoadFailedPart.Provider>
    </NoticeWords.Provider>
  );
}

function HowToPlay() {
  return (
    <details className="tp-help">
      <summary>{HOW_TO_PLAY.title}</summary>
      {HOW_TO_PLAY.paragraphs.map((paragraph, i) => (
        <p key={i}>{paragraph.map((part, j) => (typeof part === 'string' ? part : <kbd key={j}>{part.key}</kbd>))}</p>
      ))}
    </details>
  );
}
