/**
 * What a win shows beyond the board (the share card and review, the leaderboard offer) loads
 * while the game is played, at an idle moment once a move is made: the winning move's task then
 * only draws. Loading only; App and the win panel render the parts. No store writes.
 */
import { useEffect } from 'react';
import type { GameStore } from '../../store';
import { whenState } from '../../store';
import { whenIdle } from '../afterPaint';

/** Calls `load` once, when the game has a move (made or read back) and the page is idle. */
export function useWinParts(store: GameStore, load: () => void): void {
  useEffect(
    () =>
      whenState(
        store,
        (state) => state.game.past.length > 0,
        () => whenIdle(load),
      ),
    [store, load],
  );
}
