/**
 * The player's saved stats, each label saying what it counts: boards solved (by the player,
 * apart from those whose solution was shown), wins, hints used and per game, the daily streaks,
 * how close to par the wins come (a chart with a text alternative) and recent daily results,
 * with a way to reset them. "Today" is the store's clock.
 */
import { currentStreak, hintsPerGame, ownSolve } from '../../store';
import { resetStats } from '../../store/saved/load';
import { ConfirmedButton } from '../ConfirmedButton';
import { useActions, useGame, useGameStore } from '../GameContext';
import { LOADING } from '../messages';
import { STATS_PANEL as WORDS } from '../messages/panels';
import { OverParChart } from './OverParChart';

export function StatsPanel() {
  const stats = useGame((s) => s.progress.stats);
  const store = useGameStore();
  const { today } = useActions();
  if (!stats) return <p className="tp-panel">{LOADING}</p>;
  const entries = Object.values(stats.solved);
  const solved = entries.filter(ownSolve);
  const recent = Object.entries(stats.daily.results)
    .sort(([a], [b]) => b.localeCompare(a))
    .slice(0, 7);
  const figures: [string, number | string][] = [
    [WORDS.solved, solved.length],
    [WORDS.perfect, solved.filter((e) => e.stars === 3).length],
    [WORDS.shown, entries.length - solved.length],
    [WORDS.wins, stats.wins],
    [WORDS.hints, stats.hintsUsed],
    [WORDS.hintsPerGame, WORDS.perGame(hintsPerGame(stats))],
    [WORDS.streak, currentStreak(stats, today())],
    [WORDS.bestStreak, stats.daily.best],
  ];
  return (
    <section className="tp-panel" aria-labelledby="tp-stats-title">
      <h2 id="tp-stats-title">{WORDS.title}</h2>
      <dl className="tp-stat-grid">
        {figures.map(([name, value]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <OverParChart overPar={stats.overPar} wins={stats.wins} />
      {recent.length > 0 && (
        <>
          <h3>{WORDS.recent}</h3>
          <ul className="tp-daily-list">
            {recent.map(([date, r]) => (
              <li key={date}>{WORDS.daily(date, r)}</li>
            ))}
          </ul>
        </>
      )}
      <ConfirmedButton label={WORDS.reset} question={WORDS.confirm} yes={WORDS.yes} no={WORDS.no} onConfirm={() => resetStats(store)} />
    </section>
  );
}
