/**
 * The win: moves against par with stars and why it earned them (the star rule: help costs
 * stars), whether hints or the solution helped, a share card (the host's, or else a copyable
 * result for the daily board), and the way on to the next board.
 * A board that starts solved gets the same way on, without a win.
 */
import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { afterPaint } from './afterPaint';
import { useActions, useGame } from './GameContext';
import { WIN, dailyShareText, starText } from './messages/win';
import { startsSolved } from './viewModel';

export interface WinPanelProps {
  readonly onNext?: () => void;
  readonly nextLabel?: string;
  /** Shown below the result: the app's offer to put it on a leaderboard. */
  readonly extra?: ReactNode;
  /** The host's share card (the app's, with every win's moves and link, in its own Suspense) instead of the daily's text. */
  readonly share?: ReactNode;
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function WinPanel(props: WinPanelProps) {
  const result = useGame((s) => s.game.result);
  const source = useGame((s) => s.game.source);
  const nothingToPlay = useGame((s) => startsSolved(s.game));
  const { restart } = useActions();
  const [copied, setCopied] = useState<string | null>(null);
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!result) return;
    // Scrolling lays the page out: once the win is drawn, so that the winning move shows at once.
    afterPaint(() => {
      const calm = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
      panel.current?.scrollIntoView?.({ block: 'nearest', behavior: calm ? 'auto' : 'smooth' });
    });
  }, [result]);
  const next = props.onNext && (
    <button type="button" className="tp-primary" onClick={props.onNext}>
      {props.nextLabel ?? WIN.next}
    </button>
  );
  if (!result && nothingToPlay) {
    // Nothing to play, and no zero-move "win" to score: say so and offer the way on.
    return (
      <section className="tp-overlay tp-win" data-testid="already-solved" aria-labelledby="tp-win-title">
        <h2 id="tp-win-title">{WIN.alreadyTitle}</h2>
        <p>{WIN.already}</p>
        <div className="tp-win-actions">{next}</div>
      </section>
    );
  }
  if (!result) return null;
  const share = !props.share && source.kind === 'daily' ? dailyShareText(source.date, result) : null;
  return (
    <section ref={panel} className="tp-overlay tp-win" data-testid="win" aria-labelledby="tp-win-title">
      <h2 id="tp-win-title">{WIN.title}</h2>
      <p className="tp-stars" role="img" aria-label={WIN.stars(result.stars)}>
        {starText(result.stars)}
      </p>
      <p>
        {WIN.summary(result).map((part, i) => (typeof part === 'number' ? <strong key={i}>{part}</strong> : part))}
        {WIN.help(result)}
      </p>
      <p>{WIN.rule}</p>
      {props.share}
      {share && (
        <>
          <pre className="tp-share" data-testid="share-text">
            {share}
          </pre>
          <p className="tp-share-status" role="status">
            {copied}
          </p>
        </>
      )}
      <div className="tp-win-actions">
        {share && (
          <button type="button" onClick={() => void copy(share).then((ok) => setCopied(ok ? WIN.copied : WIN.copyBlocked))}>
            {WIN.copy}
          </button>
        )}
        <button type="button" onClick={restart}>
          {WIN.again}
        </button>
        {next}
      </div>
      {props.extra}
    </section>
  );
}
