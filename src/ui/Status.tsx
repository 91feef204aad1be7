/**
 * The always-visible numbers: moves made, par (exact, from the worker; "?" when it cannot be
 * known) and pebbles matched, plus the exact moves to solved when the "show all optimal moves"
 * setting is on.
 */
import { useGame } from './GameContext';
import { STATUS, UNKNOWN } from './messages';
import { matchedText } from './viewModel';

export function Status() {
  const moves = useGame((s) => s.game.past.length);
  const par = useGame((s) => s.answers.par);
  const parUnknown = useGame((s) => s.answers.parUnknown);
  const matched = useGame((s) => matchedText(s.game.board));
  const showAll = useGame((s) => s.progress.settings.showAll);
  const togo = useGame((s) => s.answers.analysis?.distance ?? null);
  return (
    <dl className="tp-status">
      <div>
        <dt>{STATUS.moves}</dt>
        <dd data-testid="moves">{moves}</dd>
      </div>
      <div>
        <dt>{STATUS.par}</dt>
        <dd data-testid="par" aria-busy={par === null && !parUnknown}>
          {par ?? (parUnknown ? <Unknown /> : '…')}
        </dd>
      </div>
      <div>
        <dt>{STATUS.matched}</dt>
        <dd data-testid="matched">{matched}</dd>
      </div>
      {showAll && (
        <div>
          <dt>{STATUS.togo}</dt>
          <dd data-testid="to-solved">{togo ?? (parUnknown ? <Unknown /> : '…')}</dd>
        </div>
      )}
    </dl>
  );
}

/** A number the solver could not work out: a "?" that says why, to the eye (title) and to the ear. */
function Unknown() {
  return (
    <span title={UNKNOWN}>
      ?<span className="tp-sr-only"> ({UNKNOWN})</span>
    </span>
  );
}
