/**
 * The win panel's offer to put the result on the board's leaderboard: the name asked once (then
 * remembered, with a way to use another), the choice to put later wins on without asking, and
 * what happened (sending, on the leaderboard at rank N, or why not). Renders nothing where there
 * are no leaderboards, so the win panel stays as it was without a server.
 */
import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import type { OnlineController, PlayerView, Submission } from '../../store/online';
import { isEligible, isValidName } from '../../store/online';
import { useGame } from '../GameContext';
import { SUBMIT } from '../messages/online';
import { useOnline, useOnlineState } from './useOnline';

export function SubmitScore() {
  const online = useOnline();
  return online ? <Offer online={online} /> : null;
}

function Offer({ online }: { readonly online: OnlineController }) {
  const result = useGame((s) => s.game.result);
  const registration = useOnlineState(online, (s) => s.registration);
  const submission = useOnlineState(online, (s) => s.submission);
  const player = useOnlineState(online, (s) => s.player);
  // No server (or a game that was never registered): the win panel as it is without leaderboards.
  if (!result || registration.state === 'none') return null;
  if (registration.state === 'failed' && registration.problem.kind === 'offline') return null;
  let body;
  if (registration.state === 'failed') body = <p>{SUBMIT.unregistered(registration.problem)}</p>;
  else if (!isEligible(result)) body = <p>{SUBMIT.helped}</p>;
  else if (registration.state === 'registering') body = <p role="status">{SUBMIT.connecting}</p>;
  else if (submission.state === 'sent') body = <p role="status">{SUBMIT.sent(submission)}</p>;
  else body = <Send online={online} player={player} submission={submission} />;
  return (
    <div className="tp-online-offer" role="group" aria-label={SUBMIT.region} data-testid="leaderboard-offer">
      {body}
    </div>
  );
}

interface SendProps {
  readonly online: OnlineController;
  readonly player: PlayerView;
  readonly submission: Exclude<Submission, { state: 'sent' }>;
}

function Send({ online, player, submission }: SendProps) {
  const [asking, setAsking] = useState(player.name === null);
  const sending = submission.state === 'sending';
  const status = (
    <p className={submission.state === 'failed' ? 'tp-online-problem' : undefined} role="status">
      {sending ? SUBMIT.sending : submission.state === 'failed' ? SUBMIT.failed(submission.problem) : null}
    </p>
  );
  if (!asking && player.name !== null) {
    return (
      <>
        <p>{SUBMIT.offer}</p>
        <div className="tp-online-actions">
          <button type="button" className="tp-primary" disabled={sending} onClick={() => void online.submit()}>
            {submission.state === 'failed' ? SUBMIT.retry : SUBMIT.sendAs(player.name)}
          </button>
          <button type="button" className="tp-link-button" onClick={() => setAsking(true)}>
            {SUBMIT.otherName}
          </button>
        </div>
        {status}
      </>
    );
  }
  return <NameForm online={online} player={player} sending={sending} failed={submission.state === 'failed'} status={status} />;
}

interface NameFormProps {
  readonly online: OnlineController;
  readonly player: PlayerView;
  readonly sending: boolean;
  readonly failed: boolean;
  readonly status: ReactNode;
}

function NameForm({ online, player, sending, failed, status }: NameFormProps) {
  const id = useId();
  const [name, setName] = useState(player.name ?? '');
  const [auto, setAuto] = useState(player.auto);
  const [invalid, setInvalid] = useState(false);
  return (
    <form
      className="tp-online-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const valid = isValidName(name);
        setInvalid(!valid);
        if (valid) void online.submit(name, auto);
      }}
    >
      <p>{SUBMIT.offer}</p>
      <label htmlFor={`${id}-name`}>{SUBMIT.name}</label>
      <input
        id={`${id}-name`}
        value={name}
        autoComplete="nickname"
        spellCheck={false}
        aria-invalid={invalid}
        aria-describedby={`${id}-rule`}
        onChange={(event) => setName(event.target.value)}
      />
      <p id={`${id}-rule`} className={invalid ? 'tp-online-problem' : 'tp-online-rule'}>
        {invalid ? SUBMIT.invalid : SUBMIT.nameRule}
      </p>
      <label className="tp-online-check">
        <input type="checkbox" checked={auto} onChange={(event) => setAuto(event.target.checked)} />
        {SUBMIT.auto}
      </label>
      <button type="submit" className="tp-primary" disabled={sending}>
        {failed ? SUBMIT.retry : SUBMIT.send}
      </button>
      {status}
    </form>
  );
}
