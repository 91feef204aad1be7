/**
 * One leaderboard as a table: rank, name, moves and time of the top entries, the player's own
 * row marked (and added below the top when it ranks lower), or a line saying no one is on it yet.
 */
import type { Leaderboard, LeaderboardEntry } from '../../store/online';
import { LEADERBOARDS as WORDS, timeText } from '../messages/online';

function Row({ entry, you }: { readonly entry: LeaderboardEntry; readonly you: boolean }) {
  return (
    <tr className={you ? 'tp-you' : undefined} data-you={you ? 'true' : undefined}>
      <td>{entry.rank}</td>
      <td>
        {entry.name}
        {you && <span className="tp-you-mark"> ({WORDS.you})</span>}
      </td>
      <td>{entry.moves}</td>
      <td>{timeText(entry.ms)}</td>
    </tr>
  );
}

export function LeaderboardTable({ board, title }: { readonly board: Leaderboard; readonly title: string }) {
  const you = board.you ?? null;
  const below = you !== null && !board.entries.some((e) => e.rank === you.rank);
  return (
    <>
      <p className="tp-leaderboard-summary">{WORDS.summary(board.par, board.total)}</p>
      {board.entries.length === 0 ? (
        <p>{WORDS.empty}</p>
      ) : (
        <table className="tp-leaderboard" data-testid="leaderboard">
          <caption className="tp-sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{WORDS.columns.rank}</th>
              <th scope="col">{WORDS.columns.name}</th>
              <th scope="col">{WORDS.columns.moves}</th>
              <th scope="col">{WORDS.columns.time}</th>
            </tr>
          </thead>
          <tbody>
            {board.entries.map((entry) => (
              <Row key={entry.rank} entry={entry} you={entry.rank === you?.rank} />
            ))}
            {below && (
              <>
                <tr className="tp-leaderboard-gap" aria-hidden="true">
                  <td colSpan={4}>…</td>
                </tr>
                <Row entry={you} you />
              </>
            )}
          </tbody>
        </table>
      )}
    </>
  );
}
