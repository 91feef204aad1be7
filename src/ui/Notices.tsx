/**
 * What the game tells the player: the current message (refusals, hints, coach, errors), the
 * "preparing a board" note, and a visually hidden polite live region for moves and the win.
 */
import { useGame } from './GameContext';

export function Notices() {
  const message = useGame((s) => s.message);
  const loading = useGame((s) => s.loading);
  const announcement = useGame((s) => s.announcement);
  const dismiss = useGame((s) => s.dismissMessage);
  return (
    <>
      <div className="tp-notice" role="status" aria-live="polite">
        {loading && (
          <p className="tp-message tp-info">
            <span className="tp-spinner" aria-hidden="true" />
            {loading}
          </p>
        )}
        {message && (
          <p key={message.id} className={`tp-message tp-${message.tone}`}>
            <span data-testid="message">{message.text}</span>
            <button type="button" className="tp-dismiss" onClick={dismiss} aria-label="Dismiss message">
              ×
            </button>
          </p>
        )}
      </div>
      <p className="tp-sr-only" aria-live="polite" data-testid="announcement">
        {announcement}
      </p>
    </>
  );
}
