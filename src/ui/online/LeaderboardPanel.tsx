/**
 * The Leaderboards view: today's daily board, the board being played (an earlier daily or any
 * other board) and each level, one leaderboard at a time with the player's own row marked; the
 * player's name and choices; and, where no leaderboard server answers, a line that says the
 * leaderboards are offline while the game plays on as ever.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { LEVELS } from '../../levels';
import type { GameSource, OnlineController } from '../../store/online';
import { leaderboardKey, sourceOf } from '../../store/online';
import { useActions, useGame } from '../GameContext';
import { LEADERBOARDS as WORDS } from '../messages/online';
import { LeaderboardTable } from './LeaderboardTable';
import { PlayerSettings } from './PlayerSettings';
import { useOnline, useOnlineState } from './useOnline';

interface Choice {
  readonly key: string;
  readonly label: string;
  readonly source: GameSource;
}

/** Today's daily board, the board being played when it is neither a level nor today's, then the levels. */
function choicesFor(today: string, current: GameSource | null): Choice[] {
  const list: { label: string; source: GameSource }[] = [{ label: WORDS.today(today), source: { daily: today } }];
  if (current && 'daily' in current && current.daily !== today) list.push({ label: WORDS.daily(current.daily), source: current });
  if (current && 'board' in current) list.push({ label: WORDS.current, source: current });
  for (const level of LEVELS) list.push({ label: WORDS.level(level.id), source: { level: level.id } });
  return list.map((choice) => ({ ...choice, key: leaderboardKey(choice.source) }));
}

export function LeaderboardPanel() {
  const online = useOnline();
  return (
    <section className="tp-panel tp-leaderboards" aria-labelledby="tp-leaderboards-title">
      <h2 id="tp-leaderboards-title">{WORDS.title}</h2>
      {online ? <Boards online={online} /> : <p role="status">{WORDS.offline}</p>}
    </section>
  );
}

function Boards({ online }: { readonly online: OnlineController }) {
  const id = useId();
  const today = useActions().today();
  const source = useGame((s) => s.game.source);
  const start = useGame((s) => s.game.start);
  const current = useMemo(() => sourceOf({ source, start }), [source, start]);
  const choices = useMemo(() => choicesFor(today, current), [today, current]);
  // The board being played first, when it has a leaderboard.
  const [key, setKey] = useState(() => (current ? leaderboardKey(current) : choices[0]!.key));
  const choice = choices.find((c) => c.key === key) ?? choices[0]!;
  const view = useOnlineState(online, (s) => s.boards[choice.key]);
  const reach = useOnlineState(online, (s) => s.reach);
  useEffect(() => {
    void online.show(choice.source);
  }, [online, choice]);
  const retry = (): void => void online.show(choice.source);
  const shown = view === undefined ? null : view.state === 'loaded' ? view.board : view.last;
  return (
    <>
      <p className="tp-leaderboard-choice">
        <label htmlFor={`${id}-board`}>{WORDS.choose}</label>{' '}
        <select id={`${id}-board`} value={choice.key} onChange={(event) => setKey(event.target.value)}>
          {choices.map((c) => (
            <option key={c.key} value={c.key}>
              {c.label}
            </option>
          ))}
        </select>
      </p>
      {reach === 'offline' ? (
        <p role="status" data-testid="leaderboards-offline">
          {WORDS.offline}{' '}
          <button type="button" onClick={retry}>
            {WORDS.retry}
          </button>
        </p>
      ) : (
        <>
          {view?.state === 'failed' && (
            <p role="alert" className="tp-online-problem">
              {WORDS.failed(view.problem)}{' '}
              <button type="button" onClick={retry}>
                {WORDS.retry}
              </button>
            </p>
          )}
          {shown ? <LeaderboardTable board={shown} title={choice.label} /> : view?.state !== 'failed' && <p>{WORDS.loading}</p>}
          {reach === 'online' && <PlayerSettings online={online} onForgotten={retry} />}
        </>
      )}
    </>
  );
}
