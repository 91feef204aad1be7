/**
 * The player's saved stats: boards solved (by the player, apart from those whose solution was
 * shown), wins, hints used, the daily streak and recent daily results, with a way to reset them.
 */
import { useState } from 'react';
import { dailySeed } from '../../levels';
import { currentStreak, ownSolve } from '../../store';
import { useGame } from '../GameContext';

export function StatsPanel() {
  const stats = useGame((s) => s.stats);
  const resetStats = useGame((s) => s.resetStats);
  const [confirming, setConfirming] = useState(false);
  const today = dailySeed(new Date());
  const entries = Object.values(stats.solved);
  const solved = entries.filter(ownSolve);
  const perfect = solved.filter((e) => e.stars === 3).length;
  const recent = Object.entries(stats.daily.results)
    .sort(([a], [b]) => b.localeCompare(a))
    .slice(0, 7);
  return (
    <section className="tp-panel" aria-labelledby="tp-stats-title">
      <h2 id="tp-stats-title">Stats</h2>
      <dl className="tp-stat-grid">
        <div>
          <dt>Boards solved</dt>
          <dd>{solved.length}</dd>
        </div>
        <div>
          <dt>Solved at par</dt>
          <dd>{perfect}</dd>
        </div>
        <div>
          <dt>Solution shown</dt>
          <dd>{entries.length - solved.length}</dd>
        </div>
        <div>
          <dt>Wins</dt>
          <dd>{stats.wins}</dd>
        </div>
        <div>
          <dt>Hints used</dt>
          <dd>{stats.hintsUsed}</dd>
        </div>
        <div>
          <dt>Daily streak</dt>
          <dd>{currentStreak(stats, today)}</dd>
        </div>
        <div>
          <dt>Best streak</dt>
          <dd>{stats.daily.best}</dd>
        </div>
      </dl>
      {recent.length > 0 && (
        <>
          <h3>Recent daily boards</h3>
          <ul className="tp-daily-list">
            {recent.map(([date, r]) => (
              <li key={date}>
                {date}: {r.moves} moves, par {r.par}
                {r.shown ? ', solution shown' : r.hints > 0 ? `, ${r.hints} hint${r.hints === 1 ? '' : 's'}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      {confirming ? (
        <p className="tp-confirm">
          Forget all progress?{' '}
          <button type="button" onClick={() => (resetStats(), setConfirming(false))}>
            Yes, reset
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </p>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          Reset stats
        </button>
      )}
    </section>
  );
}
