/**
 * The built-in levels, easiest first, each with its par and the stars earned on it; picking one
 * starts it. Progress marks levels, it does not lock them.
 */
import { LEVELS } from '../../levels';
import { keyOf, starText } from '../../store';
import { useGame } from '../GameContext';

export function LevelsPanel(props: { onPlay: () => void }) {
  const solved = useGame((s) => s.stats.solved);
  const source = useGame((s) => s.source);
  const loadLevel = useGame((s) => s.loadLevel);
  const done = LEVELS.filter((l) => keyOf(l) in solved).length;
  return (
    <section className="tp-panel" aria-labelledby="tp-levels-title">
      <h2 id="tp-levels-title">Levels</h2>
      <p>
        {done} of {LEVELS.length} solved. Par is the fewest moves possible; three stars for a game at par.
      </p>
      <ol className="tp-levels" aria-label="All levels">
        {LEVELS.map((level) => {
          const entry = solved[keyOf(level)];
          const current = source.kind === 'level' && source.id === level.id;
          return (
            <li key={level.id}>
              <button
                type="button"
                className={entry ? 'tp-level tp-level-done' : 'tp-level'}
                aria-current={current ? 'true' : undefined}
                onClick={() => {
                  loadLevel(level.id);
                  props.onPlay();
                }}
              >
                <span className="tp-level-number">{level.id}</span>
                <span className="tp-level-par">par {level.par}</span>
                <span className={entry ? 'tp-level-stars' : 'tp-level-stars tp-level-open'} aria-hidden="true">
                  {starText(entry?.stars ?? 0)}
                </span>
                <span className="tp-sr-only">{entry ? `, ${entry.stars} stars, best ${entry.best} moves` : ', not solved yet'}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
