/**
 * The built-in levels, easiest first, each with its par and the stars earned on it, marked when
 * the best game used hints or only the solution was shown; picking one starts it. Progress
 * marks levels, it does not lock them.
 */
import { LEVELS } from '../../levels';
import { boardId, ownSolve } from '../../store';
import { useActions, useGame } from '../GameContext';
import { HELP_MARKS, LOADING, starText } from '../messages';
import { LEVELS_PANEL } from '../messages/panels';

export function LevelsPanel(props: { onPlay: () => void }) {
  const solved = useGame((s) => s.progress.stats?.solved);
  const source = useGame((s) => s.game.source);
  const { loadLevel } = useActions();
  // The saved stats are read once the board is up (store/saved): a moment on a slow first visit.
  if (!solved) return <p className="tp-panel">{LOADING}</p>;
  const done = LEVELS.filter((l) => ownSolve(solved[boardId(l)])).length;
  return (
    <section className="tp-panel" aria-labelledby="tp-levels-title">
      <h2 id="tp-levels-title">{LEVELS_PANEL.title}</h2>
      <p>{LEVELS_PANEL.summary(done, LEVELS.length)}</p>
      <ol className="tp-levels" aria-label={LEVELS_PANEL.list}>
        {LEVELS.map((level) => {
          const entry = solved[boardId(level)];
          const current = source.kind === 'level' && source.id === level.id;
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
            </li>
          );
        })}
      </ol>
    </section>
  );
}
