/**
 * The win: moves against par with stars (none when the solution was shown), whether hints or
 * the solution helped, a copyable result for the daily board, and the way on to the next board.
 * A board that starts solved gets the same way on, without a win.
 */
import { useEffect, useRef, useState } from 'react';
import { dailyShareText, starText } from '../store';
import { useGame } from './GameContext';
import { startsSolved } from './viewModel';

export interface WinPanelProps {
  readonly onNext?: () => void;
  readonly nextLabel?: string;
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
  const result = useGame((s) => s.result);
  const source = useGame((s) => s.source);
  const restart = useGame((s) => s.restart);
  const nothingToPlay = useGame(startsSolved);
  const [copied, setCopied] = useState<string | null>(null);
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    const calm = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (result) panel.current?.scrollIntoView?.({ block: 'nearest', behavior: calm ? 'auto' : 'smooth' });
  }, [result]);
  const next = props.onNext && (
    <button type="button" className="tp-primary" onClick={props.onNext}>
      {props.nextLabel ?? 'Next board'}
    </button>
  );
  if (!result && nothingToPlay) {
    // Nothing to play, and no zero-move "win" to score: say so and offer the way on.
    return (
      <section className="tp-win" data-testid="already-solved" aria-labelledby="tp-win-title">
        <h2 id="tp-win-title">Already solved</h2>
        <p>Every pebble already sits on a plate of its own colour: there is nothing to move.</p>
        <div className="tp-win-actions">{next}</div>
      </section>
    );
  }
  if (!result) return null;
  const share = source.kind === 'daily' ? dailyShareText(source.date, result) : null;
  const help = result.solutionShown
    ? 'Solved with the solution shown.'
    : result.hintsUsed > 0
      ? `Solved with ${result.hintsUsed} hint${result.hintsUsed === 1 ? '' : 's'}.`
      : result.moves === result.par
        ? 'A perfect game!'
        : `Par is ${result.par}: can you find a shorter way?`;
  return (
    <section ref={panel} className="tp-win" data-testid="win" aria-labelledby="tp-win-title">
      <h2 id="tp-win-title">Solved!</h2>
      <p className="tp-stars" role="img" aria-label={result.stars ? `${result.stars} of 3 stars` : 'No stars: the solution was shown'}>
        {starText(result.stars)}
      </p>
      <p>
        <strong>{result.moves}</strong> moves, par <strong>{result.par}</strong>. {help}
      </p>
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
          <button
            type="button"
            onClick={() =>
              void copy(share).then((ok) =>
                setCopied(ok ? 'Copied. Paste it anywhere to share.' : 'Copying is blocked here: select the text above instead.'),
              )
            }
          >
            Copy result
          </button>
        )}
        <button type="button" onClick={restart}>
          Play again
        </button>
        {next}
      </div>
    </section>
  );
}
