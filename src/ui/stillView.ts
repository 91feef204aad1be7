/**
 * A position drawn as a still picture: no hint, no analysis. For the review's previews and the
 * unseen rehearsal of a move, both loaded later: a module of its own keeps it out of the first load.
 */
import type { Board } from '../engine';
import type { Palette } from '../store';
import type { BoardView } from './viewModel';
import { boardView } from './viewModel';

export function stillView(board: Board, palette: Palette, won = false): BoardView {
  return boardView({ board, analysis: null, hintMove: null, hintStage: 0, showAll: false, palette, won });
}
