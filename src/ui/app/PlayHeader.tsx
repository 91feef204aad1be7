/**
 * Above the board in the app: what is being played (level, daily, random or custom board) and a
 * button that copies a link to it.
 */
import { useState } from 'react';
import { sourceLink } from '../../store';
import { useGame } from '../GameContext';
import { SHARE_LINK, titleOf } from '../messages';

export function PlayHeader() {
  const source = useGame((s) => s.game.source);
  const start = useGame((s) => s.game.start);
  const [note, setNote] = useState('');
  async function copyLink(): Promise<void> {
    const url = new URL(location.href);
    url.hash = sourceLink(source, start);
    try {
      await navigator.clipboard.writeText(url.href);
      setNote(SHARE_LINK.copied);
    } catch {
      setNote(SHARE_LINK.manual(url.href));
    }
  }
  return (
    <div className="tp-play-header">
      <h2>{titleOf(source)}</h2>
      <button type="button" className="tp-link-button" onClick={() => void copyLink()}>
        {SHARE_LINK.copy}
      </button>
      <span className="tp-copy-note" role="status">
        {note}
      </span>
    </div>
  );
}
