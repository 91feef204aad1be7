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

export interface SpotView extends Point {
  readonly pos: number;
  readonly plate: Swatch & { readonly letter: string };
  readonly pebble: (Swatch & { readonly letter: string }) | null;
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
      plate: { ...colours[plateLetter]!, letter: plateLetter },
      pebble: pebbleLetter === null ? null : { ...colours[pebbleLetter]!, letter: pebbleLetter },
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
