/**
 * The first move rehearsed, unseen, while the page is idle: the board's own spots drawn for the
 * position now and then for a move from it, into an <svg> that is never put in the page, and
 * the pebble lifted on a flyer layer outside the page too; then all taken down. The player's first
 * move then runs code the browser has compiled already (React's update path, the spots', the
 * flyer's) instead of compiling it inside the tap (`npm run bench:browser`: the worst move is the
 * first). One step per idle moment. Nothing drawn, no store read or written: the caller hands
 * in the position. Loaded with the app's later parts, so it costs the first load nothing.
 */
import { createRoot } from 'react-dom/client';
import type { Board } from '../../engine';
import { applyMove, holeOf, legalMoves } from '../../engine';
import type { Palette } from '../../store';
import { whenIdle } from '../afterPaint';
import { stillView } from '../stillView';
import type { Flyer } from './Flyer';
import { FlyerLayer, createFlyer } from './Flyer';
import type { SpotHandlers } from './Spot';
import { Spot } from './Spot';

const NOTHING: SpotHandlers = { activate() {}, pointerDown() {}, keyDown() {}, focus() {} };

/** The board's spots for `board` and its flyer layer, as the board draws them. */
function Stage(props: { board: Board; palette: Palette; flyer: Flyer }) {
  const view = stillView(props.board, props.palette);
  return (
    <>
      <svg>
        {view.spots.map((spot) => (
          <Spot key={spot.pos} spot={spot} focused={false} refused={null} shineId="" wellId="" handlers={NOTHING} />
        ))}
      </svg>
      <FlyerLayer flyer={props.flyer} />
    </>
  );
}

/**
 * Rehearses a move from `position` (none when nothing can move, or without idle callbacks).
 * Returns how to stop it, at any step.
 */
export function rehearseMove(position: Board, palette: Palette): () => void {
  const from = legalMoves(position)[0];
  if (from === undefined || typeof requestIdleCallback !== 'function') return () => undefined;
  const stage = document.createElement('div');
  const root = createRoot(stage);
  const flyer = createFlyer();
  const after = applyMove(position, from);
  const to = holeOf(position);
  let stopped = false;
  // In the order of a move: its pebble lifted off the board as drawn, then the board drawn after it.
  const steps = [
    () => root.render(<Stage board={position} palette={palette} flyer={flyer} />),
    () => flyer.lift(stage, { from, to }, () => undefined)?.(),
    () => root.render(<Stage board={after} palette={palette} flyer={flyer} />),
    () => root.unmount(),
  ];
  const next = (at: number): void =>
    whenIdle(() => {
      if (stopped) return;
      steps[at]!();
      if (at + 1 < steps.length) next(at + 1);
    });
  next(0);
  return () => {
    if (stopped) return;
    stopped = true;
    root.unmount();
  };
}
