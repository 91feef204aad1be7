/**
 * A button whose action asks first: pressed, it turns into the question with Yes and No, and
 * the action runs on Yes only. For what cannot be undone (resetting stats, removing results).
 * Words come from the caller; no store imports.
 */
import { useState } from 'react';

export interface ConfirmedButtonProps {
  readonly label: string;
  readonly question: string;
  readonly yes: string;
  readonly no: string;
  readonly onConfirm: () => void;
  readonly disabled?: boolean;
}

export function ConfirmedButton(props: ConfirmedButtonProps) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" disabled={props.disabled} onClick={() => setConfirming(true)}>
        {props.label}
      </button>
    );
  }
  return (
    <p className="tp-confirm">
      {props.question}{' '}
      <button type="button" onClick={() => (setConfirming(false), props.onConfirm())}>
        {props.yes}
      </button>{' '}
      <button type="button" onClick={() => setConfirming(false)}>
        {props.no}
      </button>
    </p>
  );
}
