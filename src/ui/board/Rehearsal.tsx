/**
 * The first move rehearsed, unseen, while the page is idle: the board's spots drawn for the
 * position now and then for a move from it, with the board's own components and handlers, into
 * an <svg> that is never put in the page; the leap flown on a flyer layer outside the page too;
 * then all taken down. The player's first move then runs code the browser has compiled already,
 * instead of compiling the board's and React's update path inside the tap (npm run
 * bench:browser measures it). Once per page, one step per idle moment, where the browser has
 * idle callbacks. Nothing drawn, no store reads or writes: the board hands in what it has.
 */
import { memo, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Board } from '../../engine';
import { POSITIONS, applyMove, canMove, holeOf } from '../../engine';
import type { Palette } from '../../store';
import type { SpotView } from '../viewModel';
import { boardView, pointOf } from '../viewModel';
import { createFlyer } from './Flyer';
import type { SpotHandlers } from './Spot';
import { Spot } from './Spot';

const SVG = 'http://www.w3.org/2000/svg';

/** Set once a board of the page has started its rehearsal: compiled code serves every board. */
let started = false;

export interface RehearsalProps {
  readonly position: Board;
  readonly palette: Palette;
  readonly handlers: SpotHandlers;
  readonly shineId: string;
  readonly wellId: string;
}

interface Step {
  readonly spots: readonly SpotView[];
  /** The leap of the move, once the spots show the position after it. */
  readonly leap: { readonly from: number; readonly to: number } | null;
}

/** The two steps of a move from `position`: before and after it; none when nothing can move. */
function stepsOf(position: Board, palette: Palette): readonly Step[] {
  const from = POSITIONS.find((pos) => canMove(position, pos));
  if (from === undefined) return [];
  const view = (board: Board) => boardView({ board, analysis: null, hintMove: null, hintStage: 0, showAll: false, palette, won: false });
  return [
    { spots: view(position).spots, leap: null },
    { spots: view(applyMove(position, from)).spots, leap: { from, to: holeOf(position) } },
  ];
}

/** Memoised: the board's redraws pass the same props until the position changes. */
export const Rehearsal = memo(function Rehearsal(props: RehearsalProps) {
  const [steps, setSteps] = useState<readonly Step[]>([]);
  const [at, setAt] = useState(0);
  const stage = useMemo(() => (typeof document === 'undefined' ? null : document.createElementNS(SVG, 'svg')), []);
  const { position, palette } = props;

  useEffect(() => {
    if (typeof requestIdleCallback !== 'function' || (started && steps.length === 0) || at > steps.length) return;
    started = true;
    // First the steps are worked out, then each is drawn, then the drawing is taken down.
    const id = requestIdleCallback(() => (steps.length === 0 ? setSteps(stepsOf(position, palette)) : setAt(at + 1)));
    return () => cancelIdleCallback(id);
    // The position is read when the rehearsal starts; a later one changes nothing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [steps, at]);

  const step = at >= 1 ? steps[at - 1] : undefined;
  useLayoutEffect(() => {
    if (!step?.leap || !stage) return;
    const layer = document.createElement('div');
    layer.append(document.createElementNS(SVG, 'svg'));
    const flyer = createFlyer();
    flyer.attach(layer);
    const landing = [...stage.querySelectorAll<SVGElement>(`[data-pebble="${step.leap.to}"]`)];
    flyer.leap(step.leap.from, pointOf(step.leap.from), pointOf(step.leap.to), landing);
  }, [step, stage]);

  if (!step || !stage) return null;
  return createPortal(
    step.spots.map((spot) => (
      <Spot
        key={spot.pos}
        spot={spot}
        focused={false}
        refused={null}
        shineId={props.shineId}
        wellId={props.wellId}
        handlers={props.handlers}
      />
    )),
    stage,
  );
});
