/**
 * The share card of a win in the app: the board's name, moves against par with stars and help,
 * one symbol per move (optimal, or what it cost, or made with help) from the exact distances of
 * the game's positions (the review's answers), and the board's own link. Copy uses the
 * Clipboard API, falling back to a selected text area; Share uses the Web Share API where the
 * browser has it.
 */
import { useEffect, useMemo, useState } from 'react';
import { sourceLink } from '../../store';
import { moveCosts } from '../../store/costs';
import { reviewActions, reviewOfGame } from '../../store/review';
import { useGame, useGameStore } from '../GameContext';
import { SHARE, shareText } from '../messages/review';

/** Copies `text`: the Clipboard API, else the older copy command on a selected text area. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}

/** The app's address with `hash`, the board's own link. */
function linkTo(hash: string): string {
  const url = new URL(location.href);
  url.hash = hash;
  return url.href;
}

export function ShareCard(props: { onReview?: () => void; reviewing?: boolean }) {
  const store = useGameStore();
  const game = useGame((s) => s.game);
  const review = useGame((s) => s.review);
  const actions = useMemo(() => reviewActions(store), [store]);
  const [note, setNote] = useState<string | null>(null);
  const won = game.result !== null;
  useEffect(() => {
    if (won) actions.review(reviewOfGame(store.getState().game));
  }, [won, game.id, actions, store]);
  if (!game.result) return null;
  const mine = review?.id === game.id && review.path.length === game.past.length;
  const costs = mine ? moveCosts(review.distances) : game.past.map(() => null);
  const text = shareText({
    source: game.source,
    result: game.result,
    costs,
    hinted: game.hinted,
    link: linkTo(sourceLink(game.source, game.start)),
  });
  const waiting = costs.some((cost) => cost === null) && !(mine && review.failure);
  const canShare = typeof navigator.share === 'function';
  return (
    <div className="tp-share-card">
      <h3>{SHARE.title}</h3>
      <pre className="tp-share" data-testid="share-text">
        {text}
      </pre>
      <p className="tp-share-legend">{waiting ? SHARE.working : SHARE.legend}</p>
      <p className="tp-share-status" role="status">
        {note}
      </p>
      <div className="tp-win-actions">
        <button type="button" onClick={() => void copyText(text).then((ok) => setNote(ok ? SHARE.copied : SHARE.copyBlocked))}>
          {SHARE.copy}
        </button>
        {canShare && (
          <button type="button" onClick={() => void navigator.share({ text }).catch(() => undefined)}>
            {SHARE.share}
          </button>
        )}
        {props.onReview && (
          <button type="button" aria-expanded={props.reviewing ?? false} onClick={props.onReview}>
            {props.reviewing ? SHARE.hideReview : SHARE.review}
          </button>
        )}
      </div>
    </div>
  );
}
