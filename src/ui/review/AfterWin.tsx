/**
 * What the app shows under a win: the share card, and the review of the game against an
 * optimal line, opened from the card. Loaded with the win (a lazy part of the app only, never
 * of embed.js).
 */
import { useState } from 'react';
import { ReviewPanel } from './ReviewPanel';
import { ShareCard } from './ShareCard';
import './review.css';

export function AfterWin(props: { onTry?: () => void }) {
  const [reviewing, setReviewing] = useState(false);
  return (
    <>
      <ShareCard reviewing={reviewing} onReview={() => setReviewing((r) => !r)} />
      {reviewing && <ReviewPanel onTry={props.onTry} />}
    </>
  );
}
