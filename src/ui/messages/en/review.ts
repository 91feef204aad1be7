/**
 * English for what comes after a win in the app, loaded with it: the share card (its text, the
 * symbol of each move) and the review of a game against an optimal line. Words only.
 */
import type { BoardSource, GameResult, MoveCost } from '../../../store';
import { titleOf } from './app';
import { count, placeName } from './names';
import { starText } from './win';

/** One symbol per move: optimal, one or two extra moves, or made with help on show. */
export const MOVE_SYMBOLS = { 0: '🟩', 1: '🟨', 2: '🟥', help: '💡', unknown: '⬜' } as const;

export function moveSymbol(cost: MoveCost | null, hinted: boolean): string {
  if (hinted) return MOVE_SYMBOLS.help;
  return cost === null ? MOVE_SYMBOLS.unknown : MOVE_SYMBOLS[cost];
}

/** What a share card says about one win. */
export interface ShareFacts {
  readonly source: BoardSource;
  readonly result: GameResult;
  /** Each move's cost, null while unknown (the symbols line waits for all of them). */
  readonly costs: readonly (MoveCost | null)[];
  readonly hinted: readonly number[];
  /** The board's own link: the app's address with the board's hash. */
  readonly link: string;
}

function helpText(result: GameResult): string {
  if (result.solutionShown) return 'solution shown';
  return result.hintsUsed === 0 ? 'no hints' : count(result.hintsUsed, 'hint');
}

/** The text to paste: what was played, moves against par with stars and help, a symbol per move, the link. */
export function shareText(facts: ShareFacts): string {
  const { result } = facts;
  const known = facts.costs.every((cost) => cost !== null);
  const symbols = facts.costs.map((cost, i) => moveSymbol(cost, facts.hinted.includes(i))).join('');
  return [
    `tripebble · ${titleOf(facts.source)}`,
    `${result.moves} moves (par ${result.par}) ${starText(result.stars)} · ${helpText(result)}`,
    ...(known ? [symbols] : []),
    facts.link,
  ].join('\n');
}

export const SHARE = {
  title: 'Share your result',
  legend: `${MOVE_SYMBOLS[0]} optimal move · ${MOVE_SYMBOLS[1]} cost 1 extra move · ${MOVE_SYMBOLS[2]} cost 2 · ${MOVE_SYMBOLS.help} made with help on show`,
  working: 'Working out what each move cost…',
  copy: 'Copy result',
  share: 'Share…',
  copied: 'Copied. Paste it anywhere to share.',
  copyBlocked: 'Copying is blocked here: select the text above instead.',
  review: 'Review your game',
  hideReview: 'Hide review',
} as const;

/** How one move went, as the review marks it. */
export function costText(cost: MoveCost | null): string {
  if (cost === null) return '…';
  return cost === 0 ? 'optimal' : `+${cost}`;
}

export const REVIEW = {
  title: 'Review',
  intro: 'Your game move by move beside an optimal line: each move is marked optimal or by the extra moves it cost.',
  start: 'Start',
  first: 'First position',
  previous: 'Previous move',
  next: 'Next move',
  last: 'Last position',
  yours: 'Your moves',
  optimal: 'An optimal line from the start',
  position: (step: number, moves: number): string => (step === 0 ? `Start position (of ${moves} moves)` : `After move ${step} of ${moves}`),
  move: (n: number, from: number, to: number): string => `${n}. ${placeName(from)} → ${placeName(to)}`,
  helped: 'with help',
  slip: 'left the optimal path here',
  allOptimal: 'Every move was optimal.',
  firstSlip: (n: number): string => `You left the optimal path at move ${n}.`,
  distance: (d: number | null): string => (d === null ? 'Moves to solved: working it out…' : `Moves to solved from here: ${d}`),
  bestHere: (moves: readonly number[]): string =>
    moves.length === 0 ? 'Solved: nothing left to move.' : `Optimal here: ${moves.map((m) => placeName(m)).join(', ')}`,
  tryHere: 'Try from here',
  close: 'Close review',
  failed: 'The puzzle helper could not work out this game’s moves.',
  keys: 'Left and right arrow keys step through the game; Home and End go to its start and end.',
} as const;
