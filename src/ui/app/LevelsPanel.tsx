/**
 * The built-in levels, easiest first, each with its par and the stars earned on it (the store's
 * star rule), marked when the best game used hints or only the solution was shown; picking one
 * starts it, and a level with a finished game offers its review. Progress marks levels, it does
 * not lock them.
 */
import { useMemo, useState } from 'react';
import { LEVELS } from '../../levels';
import type { LastWin } from '../../store';
import { boardId, ownSolve } from '../../store';
import { reviewActions, reviewOfWin } from '../../store/review';
import { useActions, useGame, useGameStore } from '../GameContext';
import { LOADING } from '../messages';
import { HELP_MARKS, starText } from '../messages/win';
import { LEVELS_PANEL } from '../messages/panels';
import { ReviewPanel } from '../review';

export function LevelsPanel(props: { onPlay: () => void }) {
  const solved = useGame((s) => s.progress.stats?.solved);
  const source = useGame((s) => s.game.source);
  const lastWins = useGame((s) => s.progress.stats?.lastWins);
  const store = useGameStore();
  const { loadLevel } = useActions();
  const review = useMemo(() => reviewActions(store), [store]);
  const [reviewing, setReviewing] = useState(false);
  function openReview(win: LastWin): void {
    const game = reviewOfWin(win);
    if (!game) return;
    review.review(game);
    setReviewing(true);
  }
  // The saved stats are read once the board is up (store/saved): a moment on a slow first visit.
  if (!solved) return <p className="tp-panel">{LOADING}</p>;
  const done = LEVELS.filter((l) => ownSolve(solved[boardId(l)])).length;
  return (
    <section className="tp-panel" aria-labelledby="tp-levels-title">
      <h2 id="tp-levels-title">{LEVELS_PANEL.title}</h2>
      <p>{LEVELS_PANEL.summary(done, LEVELS.length)}</p>
      {reviewing && <ReviewPanel onTry={props.onPlay} />}
      <ol className="tp-levels" aria-label={LEVELS_PANEL.list}>
        {LEVELS.map((level) => {
          const entry = solved[boardId(level)];
          const current = source.kind === 'level' && source.id === level.id;
          const win = lastWins?.[boardId(level)];
          return (
            <li key={level.id}>
              <button
                type="button"
                className={ownSolve(entry) ? 'tp-level tp-level-done' : 'tp-level'}
                aria-current={current ? 'true' : undefined}
                onClick={() => {
                  loadLevel(level.id);
                  props.onPlay();
                }}
              >
                <span className="tp-level-number">{level.id}</span>
                <span className="tp-level-par">{LEVELS_PANEL.par(level.par)}</span>
                <span className={ownSolve(entry) ? 'tp-level-stars' : 'tp-level-stars tp-level-open'} aria-hidden="true">
                  {starText(entry?.stars ?? 0)}
                </span>
                {entry?.help && (
                  <span className="tp-level-help" aria-hidden="true">
                    {HELP_MARKS[entry.help]}
                  </span>
                )}
                <span className="tp-sr-only">{LEVELS_PANEL.spoken(entry)}</span>
              </button>
              {win && (
                <button
                  type="button"
                  className="tp-level-review"
                  aria-label={LEVELS_PANEL.review(level.id)}
                  onClick={() => openReview(win)}
                >
                  {LEVELS_PANEL.reviewShort}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
