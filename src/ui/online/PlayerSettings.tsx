/**
 * The player on the Leaderboards panel: the name their results go on under, whether wins go on
 * without asking, and removing their results and name from the server, after a confirmation.
 */
import type { OnlineController } from '../../store/online';
import { ConfirmedButton } from '../ConfirmedButton';
import { LEADERBOARDS as WORDS } from '../messages/online';
import { useOnlineState } from './useOnline';

export function PlayerSettings(props: { readonly online: OnlineController; readonly onForgotten: () => void }) {
  const { online } = props;
  const player = useOnlineState(online, (s) => s.player);
  const forgetting = useOnlineState(online, (s) => s.forgetting);
  async function forget(): Promise<void> {
    await online.forget();
    if (online.state.getState().forgetting.state === 'done') props.onForgotten();
  }
  return (
    <div className="tp-online-player">
      {player.name !== null && (
        <>
          <p>{WORDS.playingAs(player.name)}</p>
          <label className="tp-online-check">
            <input type="checkbox" checked={player.auto} onChange={(event) => online.setAuto(event.target.checked)} />
            {WORDS.auto}
          </label>
        </>
      )}
      {player.known && (
        <ConfirmedButton
          label={WORDS.forget}
          question={WORDS.confirm}
          yes={WORDS.yes}
          no={WORDS.no}
          disabled={forgetting.state === 'sending'}
          onConfirm={() => void forget()}
        />
      )}
      <p role="status" className={forgetting.state === 'failed' ? 'tp-online-problem' : undefined}>
        {forgetting.state === 'done'
          ? WORDS.forgotten(forgetting.removed)
          : forgetting.state === 'failed'
            ? WORDS.forgetFailed(forgetting.problem)
            : null}
      </p>
    </div>
  );
}
