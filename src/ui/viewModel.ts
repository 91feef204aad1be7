/**
 * The one adapter between engine data and what the board draws: a position's place on screen,
 * its plate and pebble swatches, whether it can move, is matched or is hinted, and its spoken
 * label (worded by ui/messages); and the board facts the status and win panel show. Every other
 * UI module works from these views, not from engine types.
 */
import type { Board } from '../engine';
import { POSITIONS, canMove, colOf, holeOf, isSolved, matchedCount, pebbleAt, pebbleCount, plateAt, rowOf } from '../engine';
import type { Answers, GameRecord, Palette } from '../store';
import { spotLabel } from './messages';
import type { Swatch } from './palette';
import { boardColours } from './palette';

/** Board drawing units: the SVG viewBox is WIDTH × HEIGHT. */
export const WIDTH = 400;
export const HEIGHT = 352;
export const PLATE_RADIUS = 33;
export const PEBBLE_RADIUS = 21;
const STEP_X = 76;
const STEP_Y = 66;
const TOP = 44;

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A colour's swatch with its letter (drawn on plates and pebbles). */
export type Lettered = Swatch & { readonly letter: string };

export interface SpotView extends Point {
  readonly pos: number;
  readonly plate: Lettered;
  readonly pebble: Lettered | null;
  readonly hole: boolean;
  readonly movable: boolean;
  readonly matched: boolean;
  readonly hinted: boolean;
  readonly label: string;
}

export interface BoardView {
  readonly spots: readonly SpotView[];
  readonly hole: number;
  readonly matched: number;
  readonly total: number;
  /** The hint arrow, from the hinted pebble into the hole, once the second hint is shown. */
  readonly arrow: { readonly from: Point; readonly to: Point } | null;
}

/** Pebbles on a plate of their own colour, of all pebbles: "6/14". */
export function matchedText(board: Board): string {
  return `${matchedCount(board)}/${pebbleCount(board)}`;
}

/** A game not begun on a board that is already solved: nothing to play, and no win to score. */
export function startsSolved(game: Pick<GameRecord, 'past' | 'start'>): boolean {
  return game.past.length === 0 && isSolved(game.start);
}

/** Where a position's centre is drawn. */
export function pointOf(pos: number): Point {
  const row = rowOf(pos);
  return { x: WIDTH / 2 + (colOf(pos) - row / 2) * STEP_X, y: TOP + row * STEP_Y };
}

/**
 * The outline around the plates of the first `rows` rows: the corner centres' triangle grown by a
 * margin, with round corners.
 */
export function framePath(rows: number): string {
  const d = 41;
  const nx = (Math.sqrt(3) / 2) * d;
  const last = (rows * (rows - 1)) / 2;
  const [a, l, r] = [pointOf(0), pointOf(last), pointOf(last + rows - 1)];
  const at = (p: Point, dx: number, dy: number): string => `${(p.x + dx).toFixed(1)} ${(p.y + dy).toFixed(1)}`;
  const arc = `A${d} ${d} 0 0 1 `;
  return `M${at(a, -nx, -d / 2)}${arc}${at(a, nx, -d / 2)}L${at(r, nx, -d / 2)}${arc}${at(r, 0, d)}L${at(l, 0, d)}${arc}${at(l, -nx, -d / 2)}Z`;
}

/** The position whose plate is under `p` (board units; a little beyond the rim counts), or null. */
export function plateUnder(p: Point): number | null {
  return POSITIONS.find((pos) => Math.hypot(p.x - pointOf(pos).x, p.y - pointOf(pos).y) <= PLATE_RADIUS * 1.15) ?? null;
}

/** What the board draws from: the board, the solver's answer and the hint on show, settings. */
export interface ViewInput {
  readonly board: Board;
  readonly analysis: Answers['analysis'];
  readonly hintMove: number | null;
  readonly hintStage: number;
  readonly showAll: boolean;
  readonly palette: Palette;
  /** The game is won: nothing moves or is hinted any more. */
  readonly won: boolean;
}

function hintedMoves(state: ViewInput): ReadonlySet<number> {
  const shown = new Set<number>();
  if (state.won) return shown;
  if (state.showAll && state.analysis) for (const m of state.analysis.hints) shown.add(m);
  if (state.hintStage > 0 && state.hintMove !== null) shown.add(state.hintMove);
  return shown;
}

const swatches = new Map<string, Lettered>();

/**
 * One object per letter and fill (a board decides its letters' colours), so that a spot whose
 * colours did not change keeps the same swatches and its memoised drawing is not redone.
 */
function letteredSwatch(letter: string, colour: Swatch): Lettered {
  const key = letter + colour.fill;
  let swatch = swatches.get(key);
  if (!swatch) swatches.set(key, (swatch = { ...colour, letter }));
  return swatch;
}

/** Two views of a spot draw the same (swatches are shared, so they compare by identity). */
export function sameSpot(a: SpotView, b: SpotView): boolean {
  return (
    a.pos === b.pos &&
    a.plate === b.plate &&
    a.pebble === b.pebble &&
    a.hole === b.hole &&
    a.movable === b.movable &&
    a.matched === b.matched &&
    a.hinted === b.hinted &&
    a.label === b.label
  );
}

/** Everything the board draws for a game state. */
export function boardView(state: ViewInput): BoardView {
  const board: Board = state.board;
  const palette = state.palette;
  const hinted = hintedMoves(state);
  const hole = holeOf(board);
  const colours = boardColours(board.plates, palette);
  const spots = POSITIONS.map((pos) => {
    const plateLetter = plateAt(board, pos);
    const pebbleLetter = pebbleAt(board, pos);
    const spot = {
      pos,
      ...pointOf(pos),
      plate: letteredSwatch(plateLetter, colours[plateLetter]!),
      pebble: pebbleLetter === null ? null : letteredSwatch(pebbleLetter, colours[pebbleLetter]!),
      hole: pos === hole,
      movable: !state.won && canMove(board, pos),
      matched: pebbleLetter === plateLetter,
      hinted: hinted.has(pos),
    };
    return { ...spot, label: spotLabel({ ...spot, plate: plateLetter, pebble: pebbleLetter }) };
  });
  const showArrow = state.hintStage === 2 && state.hintMove !== null && !state.won;
  return {
    spots,
    hole,
    matched: matchedCount(board),
    total: pebbleCount(board),
    arrow: showArrow ? { from: pointOf(state.hintMove!), to: pointOf(hole) } : null,
  };
}
