/**
 * The guide's little game: a four-row board that two moves solve (a plain move, then a leap), and
 * the step each position of it stands for. The hidden fifth row is filled and matched, so the
 * engine's rules hold on the rows shown. Data and pure steps only.
 */
import type { Board } from '../../engine';
import { applyMove } from '../../engine';
import type { GuideStep } from '../messages/guide';

const HIDDEN_ROW = 'GGGGG';
/** Pebble 1 (red, on blue) moves into the hole at 0; then pebble 8 (blue) leaps over 4 into 1. */
export const START: Board = { plates: `RBYRYBYBYR${HIDDEN_ROW}`, pebbles: `-RYRYBYBBR${HIDDEN_ROW}` };

export interface Scene {
  readonly step: GuideStep;
  readonly board: Board;
  /** What is marked: the hole (first scene) or the pebble to move. */
  readonly marked: number | null;
  /** The pebble the player moves to go on, or null for a Next button. */
  readonly target: number | null;
}

const AFTER_MOVE = applyMove(START, 1);
const SOLVED = applyMove(AFTER_MOVE, 8);

export const SCENES: readonly Scene[] = [
  { step: 'hole', board: START, marked: 0, target: null },
  { step: 'move', board: START, marked: 1, target: 1 },
  { step: 'leap', board: AFTER_MOVE, marked: 8, target: 8 },
  { step: 'goal', board: SOLVED, marked: null, target: null },
];
