/**
 * The first move rehearsed, unseen, while the page is idle: the board's own spots drawn for the
 * position now and then for a move from it, into an <svg> that is never put in the page, and
 * the leap flown on a flyer layer outside the page too; then all taken down. The player's first
 * move then runs code the browser has compiled already (React's update path, the spots', the
 * flyer's) instead of compiling it inside the tap (`npm run bench:browser`: the worst move is the
 * first). One step per idle moment. Nothing drawn, no store read or written: the caller hands
 * in the position. Loaded with the app's later parts, so it costs the first load nothing.
 */
import { createRoot } from 'react-dom/client';
import type { Board } from '../../engine';
import { POSITIONS, applyMove, canMove, holeOf } from '../../engine';
import type { Palette } from '../../store';
import { whenIdle } from '../afterPaint';
import { pointOf, stillView } from '../viewModel';
import { createFlyer } from './Flyer';
import type { SpotHandlers } from './Spot';
import { Spot } from './Spot';

const SVG = 'http://www.w3.org/2000/svg';
const NOTHING: SpotHandlers = { activate() {}, pointerDown() {}, keyDown() {}, focus() {} };

function Spots(props: { board: Board; palette: Palette }) {
  const view = stillView(props.board, props.palette);
  return view.spots.map((spot) => (
    <Spot key={spot.pos} spot={spot} focused={false} refused={null} shineId="" wellId="" handlers={NOTHING} />
  ));
}

/**
 * Rehearses a move from `position` (none when nothing can move, or without idle callbacks).
 * Returns how to stop it, at any step.
 */
export function rehearseMove(position: Board, palette: Palette): () => void {
  const from = POSITIONS.find((pos) => canMove(position, pos));
  if (from === undefined || typeof requestIdleCallback !== 'function') return () => undefined;
  const stage = document.createElementNS(SVG, 'svg');
  const root = createRoot(stage);
  const after = applyMove(position, from);
  const to = holeOf(position);
  let stopped = false;
  const steps = [
    () => root.render(<Spots board={position} palette={palette} />),
    () => root.render(<Spots board={after} palette={palette} />),
    () => {
      const layer = document.createElement('div');
      layer.append(document.createElementNS(SVG, 'svg'));
      layer.firstElementChild!.append(document.createElementNS(SVG, 'g'));
      const flyer = createFlyer();
      flyer.attach(layer);
      flyer.leap(from, pointOf(from), pointOf(to), [...stage.querySelectorAll<SVGElement>(`[data-pebble="${to}"]`)]);
    },
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
