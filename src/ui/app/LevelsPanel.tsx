/**
 * The built-in levels, easiest first, each with its par and the stars earned on it, marked when
 * the best game used hints or only the solution was shown; picking one starts it. Progress
 * marks levels, it does not lock them.
 */
import { LEVELS } from '../../levels';
import type { Help, SolvedEntry } from '../../store';
import { keyOf, ownSolve, starText } from '../../store';
import { useGame } from '../GameContext';

/** What a screen reader hears after the level's number and par. */
function spoken(entry: SolvedEntry | undefined): string {
  if (!entry) return ', not solved yet';
  if (!ownSolve(entry)) return ', solved with the solution shown, no stars';
  return `, ${entry.stars} stars${entry.help === 'hints' ? ' with hints' : ''}, best ${entry.best} moves`;
}

/** The visible mark for help, short enough for a level's button. */
const MARKS: Record<Help, string> = { hints: 'hints', solution: 'shown' };

export function LevelsPanel(props: { onPlay: () => void }) {
  const solved = useGame((s) => s.stats.solved);
  const source = useGame((s) => s.source);
  const loadLevel = useGame((s) => s.loadLevel);
  const done = LEVELS.filter((l) => ownSolve(solved[keyOf(l)])).length;
  return (
    <section className="tp-panel" aria-labelledby="tp-levels-title">
      <h2 id="tp-levels-title">Levels</h2>
      <p>
        {done} of {LEVELS.length} solved. Par is the fewest moves possible; three stars for a game at par, none when the solution was shown.
      </p>
      <ol className="tp-levels" aria-label="All levels">
        {LEVELS.map((level) => {
          const entry = solved[keyOf(level)];
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
                <span className="tp-level-par">par {level.par}</span>
                <span className={ownSolve(entry) ? 'tp-level-stars' : 'tp-level-stars tp-level-open'} aria-hidden="true">
                  {starText(entry?.stars ?? 0)}
                </span>
                {entry?.help && (
                  <span className="tp-level-help" aria-hidden="true">
                    {MARKS[entry.help]}
                  </span>
                )}
                <span className="tp-sr-only">{spoken(entry)}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
