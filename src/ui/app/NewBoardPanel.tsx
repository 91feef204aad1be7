/**
 * New boards: a random board of a chosen difficulty (an exact par range, generated in the
 * worker) or today's daily board, the same for everyone.
 */
import { DIFFICULTIES, dailySeed } from '../../levels';
import type { Difficulty } from '../../store';
import { currentStreak } from '../../store';
import { useGame } from '../GameContext';

const ORDER: readonly Difficulty[] = ['easy', 'medium', 'hard', 'expert'];

export function NewBoardPanel(props: { onPlay: () => void }) {
  const loadRandom = useGame((s) => s.loadRandom);
  const loadDaily = useGame((s) => s.loadDaily);
  const stats = useGame((s) => s.stats);
  const loading = useGame((s) => s.loading);
  const today = dailySeed(new Date());
  const streak = currentStreak(stats, today);
  const played = stats.daily.results[today];
  return (
    <section className="tp-panel" aria-labelledby="tp-new-title">
      <h2 id="tp-new-title">New board</h2>
      <h3>Random board</h3>
      <div className="tp-choices">
        {ORDER.map((difficulty) => {
          const range = DIFFICULTIES[difficulty];
          return (
            <button
              key={difficulty}
              type="button"
              disabled={loading !== null}
              onClick={() => {
                props.onPlay();
                void loadRandom(difficulty);
              }}
            >
              <span className="tp-choice-name">{difficulty}</span>
              <span className="tp-choice-detail">
                par {range.min}–{range.max}
              </span>
            </button>
          );
        })}
      </div>
      <h3>Daily board</h3>
      <p>
        One board a day, the same for everyone.{' '}
        {played?.shown ? 'You have seen today’s solution.' : played ? 'You have solved today’s board.' : ''}{' '}
        {streak > 0 ? `Streak: ${streak} day${streak === 1 ? '' : 's'}.` : ''}
      </p>
      <button
        type="button"
        className="tp-primary"
        disabled={loading !== null}
        onClick={() => {
          props.onPlay();
          void loadDaily();
        }}
      >
        Play today’s board
      </button>
    </section>
  );
}
