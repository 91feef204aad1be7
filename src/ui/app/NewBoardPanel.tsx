/**
 * New boards: a random board of a chosen difficulty (an exact par range, generated in the
 * worker) or today's daily board, the same for everyone. "Today" is the store's clock.
 */
import { DIFFICULTIES } from '../../levels';
import type { Difficulty } from '../../store';
import { currentStreak } from '../../store';
import { useActions, useGame } from '../GameContext';
import { LOADING } from '../messages';
import { NEW_BOARD_PANEL as WORDS } from '../messages/panels';

const ORDER: readonly Difficulty[] = ['easy', 'medium', 'hard', 'expert'];

export function NewBoardPanel(props: { onPlay: () => void }) {
  const { loadRandom, loadDaily, today } = useActions();
  const stats = useGame((s) => s.progress.stats);
  const loading = useGame((s) => s.session.loading);
  if (!stats) return <p className="tp-panel">{LOADING}</p>;
  const day = today();
  const streak = currentStreak(stats, day);
  const played = stats.daily.results[day];
  return (
    <section className="tp-panel" aria-labelledby="tp-new-title">
      <h2 id="tp-new-title">{WORDS.title}</h2>
      <h3>{WORDS.random}</h3>
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
              <span className="tp-choice-name">{WORDS.difficulty(difficulty)}</span>
              <span className="tp-choice-detail">{WORDS.range(range.min, range.max)}</span>
            </button>
          );
        })}
      </div>
      <h3>{WORDS.daily}</h3>
      <p>
        {WORDS.dailyIntro} {played ? WORDS.dailyDone(played.shown === true) : ''} {streak > 0 ? WORDS.streak(streak) : ''}
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
        {WORDS.playDaily}
      </button>
    </section>
  );
}
