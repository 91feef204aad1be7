/**
 * The always-visible numbers: moves made, par (exact, from the worker; "?" when it cannot be
 * known) and pebbles matched, plus the exact moves to solved when the "show all optimal moves"
 * setting is on.
 */
import { useGame } from './GameContext';
import { matchedText } from './viewModel';

export function Status() {
  const moves = useGame((s) => s.past.length);
  const par = useGame((s) => s.par);
  const parUnknown = useGame((s) => s.parUnknown);
  const matched = useGame((s) => matchedText(s.board));
  const showAll = useGame((s) => s.settings.showAll);
  const togo = useGame((s) => s.analysis?.distance ?? null);
  return (
    <dl className="tp-status">
      <div>
        <dt>Moves</dt>
        <dd data-testid="moves">{moves}</dd>
      </div>
      <div>
        <dt>Par</dt>
        <dd data-testid="par" aria-busy={par === null && !parUnknown}>
          {par ?? (parUnknown ? <Unknown /> : '…')}
        </dd>
      </div>
      <div>
        <dt>Matched</dt>
        <dd data-testid="matched">{matched}</dd>
      </div>
      {showAll && (
        <div>
          <dt>To solved</dt>
          <dd data-testid="to-solved">{togo ?? (parUnknown ? <Unknown /> : '…')}</dd>
        </div>
      )}
    </dl>
  );
}

/** A number the solver could not work out: a "?" that says why, to the eye (title) and to the ear. */
function Unknown() {
  const why = 'Unknown: the puzzle helper is not available';
  return (
    <span title={why}>
      ?<span className="tp-sr-only"> ({why})</span>
    </span>
  );
}
