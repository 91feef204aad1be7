/**
 * The review of a finished game (the store's `review` slice): the position on show with the
 * leap that made it, the player's moves beside an optimal line, each move marked optimal or by
 * the extra moves it cost, the move that first left the optimal path highlighted, and "try from
 * here". Arrow keys step, Home and End jump; every control is a button.
 */
import { useMemo } from 'react';
import type { KeyboardEvent } from 'react';
import { holeOf } from '../../engine';
import { firstSlip, moveCosts } from '../../store/costs';
import { positionsOf, reviewActions } from '../../store/review';
import { useGame, useGameStore } from '../GameContext';
import { REVIEW, costText } from '../messages/review';
import { MiniBoard } from './MiniBoard';

export function ReviewPanel(props: { onTry?: () => void }) {
  const store = useGameStore();
  const review = useGame((s) => s.review);
  const palette = useGame((s) => s.progress.settings.palette);
  const actions = useMemo(() => reviewActions(store), [store]);
  const start = review?.start;
  const path = review?.path;
  const line = review?.line;
  const boards = useMemo(() => (start && path ? positionsOf(start, path) : []), [start, path]);
  const lineBoards = useMemo(() => (start && line ? positionsOf(start, line) : []), [start, line]);
  if (!review) return null;
  const { step } = review;
  const moves = review.path;
  const costs = moveCosts(review.distances);
  const slip = firstSlip(costs);
  const known = costs.every((c) => c !== null);
  const leap = step > 0 ? { from: moves[step - 1]!, to: holeOf(boards[step - 1]!) } : null;
  const best = review.best[step];

  function onKeyDown(event: KeyboardEvent<HTMLElement>): void {
    const to = { ArrowLeft: step - 1, ArrowRight: step + 1, Home: 0, End: moves.length }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    actions.showStep(to);
  }

  return (
    <section className="tp-review" aria-labelledby="tp-review-title" data-testid="review" onKeyDown={onKeyDown}>
      <h3 id="tp-review-title">{REVIEW.title}</h3>
      <p>{REVIEW.intro}</p>
      {review.failure ? (
        <p role="alert">{REVIEW.failed}</p>
      ) : (
        known && <p className="tp-review-verdict">{slip === null ? REVIEW.allOptimal : REVIEW.firstSlip(slip + 1)}</p>
      )}
      <div className="tp-review-body">
        <figure className="tp-review-position">
          <MiniBoard board={boards[step]!} palette={palette} leap={leap} label={REVIEW.position(step, moves.length)} />
          <figcaption>
            <span>{REVIEW.position(step, moves.length)}</span>
            <span>{REVIEW.distance(review.distances[step] ?? null)}</span>
            {best && <span>{REVIEW.bestHere(best)}</span>}
          </figcaption>
        </figure>
        <div className="tp-review-lines">
          <div>
            <h4>{REVIEW.yours}</h4>
            <ol className="tp-review-moves">
              <li>
                <button type="button" aria-current={step === 0 ? 'step' : undefined} onClick={() => actions.showStep(0)}>
                  {REVIEW.start}
                </button>
              </li>
              {moves.map((from, i) => {
                const cost = costs[i] ?? null;
                const helped = review.hinted.includes(i);
                return (
                  <li key={i} className={`tp-cost-${cost ?? 'unknown'}${i === slip ? ' tp-slip' : ''}`} data-cost={cost ?? undefined}>
                    <button type="button" aria-current={step === i + 1 ? 'step' : undefined} onClick={() => actions.showStep(i + 1)}>
                      {REVIEW.move(i + 1, from, holeOf(boards[i]!))}
                      <span className="tp-review-mark">{costText(cost)}</span>
                      {helped && <span className="tp-review-help">{REVIEW.helped}</span>}
                      {i === slip && <strong className="tp-review-slip">{REVIEW.slip}</strong>}
                    </button>
                  </li>
                );
              })}
            </ol>
          </div>
          <div>
            <h4>{REVIEW.optimal}</h4>
            {review.line ? (
              <ol className="tp-review-optimal">
                {review.line.map((from, i) => (
                  <li key={i}>{REVIEW.move(i + 1, from, holeOf(lineBoards[i]!))}</li>
                ))}
              </ol>
            ) : (
              <p>…</p>
            )}
          </div>
        </div>
      </div>
      <div className="tp-review-steps" role="group" aria-label={REVIEW.keys}>
        <button type="button" onClick={() => actions.showStep(0)} aria-disabled={step === 0}>
          {REVIEW.first}
        </button>
        <button type="button" onClick={() => actions.showStep(step - 1)} aria-disabled={step === 0}>
          {REVIEW.previous}
        </button>
        <button type="button" onClick={() => actions.showStep(step + 1)} aria-disabled={step === moves.length}>
          {REVIEW.next}
        </button>
        <button type="button" onClick={() => actions.showStep(moves.length)} aria-disabled={step === moves.length}>
          {REVIEW.last}
        </button>
        <button
          type="button"
          className="tp-primary"
          disabled={step === moves.length}
          onClick={() => {
            if (actions.tryFromHere()) props.onTry?.();
          }}
        >
          {REVIEW.tryHere}
        </button>
      </div>
      <p className="tp-review-keys">{REVIEW.keys}</p>
    </section>
  );
}
