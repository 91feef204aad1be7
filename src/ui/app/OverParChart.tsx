/**
 * How close to par the player's wins come: a small SVG bar chart of wins by moves over par (the
 * last bar gathers that many and more), with a table as its text alternative. Renders the
 * stats' `overPar` counts; the counting is the store's (store/saved/derive.ts).
 */
import { STATS_PANEL as WORDS } from '../messages/panels';
import './stats.css';

/** Bars: at par, +1 … +4, and "+5 or more". */
const BARS = 6;
const WIDTH = 300;
const HEIGHT = 120;
const LABEL = 18;

/** Wins per bar, from wins keyed by moves over par. */
export function bars(overPar: Readonly<Record<number, number>>): number[] {
  const counts = Array.from({ length: BARS }, () => 0);
  for (const [extra, wins] of Object.entries(overPar)) counts[Math.min(Number(extra), BARS - 1)]! += wins;
  return counts;
}

export function OverParChart(props: { overPar: Readonly<Record<number, number>>; wins: number }) {
  const counts = bars(props.overPar);
  const counted = counts.reduce((a, b) => a + b, 0);
  const most = Math.max(1, ...counts);
  const slot = WIDTH / BARS;
  const labels = counts.map((_, i) => WORDS.overPar(i, i === BARS - 1));
  return (
    <figure className="tp-chart" aria-labelledby="tp-chart-title">
      <figcaption id="tp-chart-title">
        <strong>{WORDS.chartTitle}</strong> {counted > 0 ? WORDS.chartNote(counted, props.wins) : WORDS.noWins}
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + 2 * LABEL}`} aria-hidden="true" className="tp-chart-bars">
        {counts.map((wins, i) => {
          const h = (wins / most) * HEIGHT;
          return (
            <g key={i}>
              <rect
                x={i * slot + 6}
                y={LABEL + HEIGHT - h}
                width={slot - 12}
                height={h}
                className={i === 0 ? 'tp-bar tp-bar-par' : 'tp-bar'}
              />
              <text x={i * slot + slot / 2} y={LABEL + HEIGHT - h - 4} textAnchor="middle">
                {wins}
              </text>
              <text x={i * slot + slot / 2} y={HEIGHT + 2 * LABEL - 4} textAnchor="middle">
                {WORDS.barLabel(i, i === BARS - 1)}
              </text>
            </g>
          );
        })}
      </svg>
      <table className="tp-sr-only">
        <thead>
          <tr>
            <th scope="col">{WORDS.columns[0]}</th>
            <th scope="col">{WORDS.columns[1]}</th>
          </tr>
        </thead>
        <tbody>
          {counts.map((wins, i) => (
            <tr key={i}>
              <th scope="row">{labels[i]}</th>
              <td>{wins}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
