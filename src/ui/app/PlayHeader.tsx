/**
 * Above the board in the app: what is being played (level, daily, random or custom board) and a
 * button that copies a link to it.
 */
import { useState } from 'react';
import { useGame } from '../GameContext';
import { hashFor, titleOf } from './useHashLink';

export function PlayHeader() {
  const source = useGame((s) => s.source);
  const start = useGame((s) => s.start);
  const [note, setNote] = useState('');
  async function copyLink(): Promise<void> {
    const url = new URL(location.href);
    url.hash = hashFor(source, start);
    try {
      await navigator.clipboard.writeText(url.href);
      setNote('Link copied.');
    } catch {
      setNote(`Copy this link: ${url.href}`);
    }
  }
  return (
    <div className="tp-play-header">
      <h2>{titleOf(source)}</h2>
      <button type="button" className="tp-link-button" onClick={() => void copyLink()}>
        Copy link
      </button>
      <span className="tp-copy-note" role="status">
        {note}
      </span>
    </div>
  );
}
