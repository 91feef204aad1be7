/**
 * What the game tells the player: the current notice (refusals, hints, coach, errors) worded by
 * ui/messages (words loaded with the first one: NoticeWords.ts), the "preparing a board" note,
 * and a visually hidden polite live region for moves and the win (filled once the move is drawn).
 */
import { useContext } from 'react';
import { useActions, useGame } from './GameContext';
import { DISMISS, loadingText, toneOf } from './messages';
import { NoticeWords, useWords } from './NoticeWords';
import { useAfterPaint } from './useAfterPaint';

export function Notices() {
  const notice = useGame((s) => s.session.notice);
  const noticeId = useGame((s) => s.session.noticeId);
  const loading = useGame((s) => s.session.loading);
  // Spoken, not seen: said after the frame that draws the move (as its pebble lands), which so
  // lays out no new text.
  const announcement = useAfterPaint(useGame((s) => s.session.announcement));
  const { dismissNotice } = useActions();
  const given = useContext(NoticeWords);
  // A notice waits for its words, loaded with the first notice or announcement.
  const words = useWords(given.load, notice !== null || announcement !== null);
  const noticeText = given.noticeText ?? words?.noticeText;
  // Without all its words (embed.js offline: ui/messages/basicWords), a notice may have none.
  const text = notice && noticeText?.(notice);
  return (
    <>
      <div className="tp-notice" role="status" aria-live="polite">
        {loading && (
          <p className="tp-message tp-info">
            <span className="tp-spinner" aria-hidden="true" />
            {loadingText(loading)}
          </p>
        )}
        {notice && text && (
          <p key={noticeId} className={`tp-message tp-${toneOf(notice)}`}>
            <span data-testid="message">{text}</span>
            <button type="button" className="tp-dismiss" onClick={dismissNotice} aria-label={DISMISS}>
              ×
            </button>
          </p>
        )}
      </div>
      <p className="tp-sr-only" aria-live="polite" data-testid="announcement">
        {announcement && words?.announcementText(announcement)}
      </p>
    </>
  );
}
