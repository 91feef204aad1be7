/**
 * A tiny board of four rows, drawn with the game's own Spots, for the first-run guide and the
 * figures of "How to play": the hint ring on a marked position, the arrow into the hole, and a
 * leap drawn by a flyer like the real board's: the pebble lifts off the board as drawn before the
 * leap, and what comes after it is drawn when it lands. Only the `target` pebble takes taps and keys.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import type { Board } from '../../engine';
import { BoardDefs, useBoardIds } from '../board/Defs';
import { FlyerLayer, createFlyer } from '../board/Flyer';
import { HintArrow } from '../board/HintArrow';
import type { SpotHandlers } from '../board/Spot';
import { Spot } from '../board/Spot';
import { boardView, framePath } from '../viewModel';

export const MINI_ROWS = 4;
const COUNT = (MINI_ROWS * (MINI_ROWS + 1)) / 2;
const BOX = { x: 41, y: 0, width: 318, height: 290 };
const FRAME = framePath(MINI_ROWS);

export interface MiniBoardProps {
  readonly board: Board;
  /** The position marked with the hint ring (a pebble, or the hole itself). */
  readonly marked?: number | null;
  /** Also draw the arrow from the marked pebble into the hole. */
  readonly arrow?: boolean;
  /** The pebble that may be tapped (and has focus), or null for a still picture. */
  readonly target?: number | null;
  readonly onTap?: (pos: number) => void;
  /** The leap that brought the board here, drawn when it changes. */
  readonly leap?: { readonly from: number; readonly to: number } | null;
  /** A fresh id when a wrong pebble was tapped (it shakes), with its position. */
  readonly refused?: { readonly pos: number; readonly id: number } | null;
  /** The board's accessible name when it can be played (a still picture has a caption instead). */
  readonly label?: string;
}

/** The place a MiniBoard takes, empty: it holds the board's place until the board is drawn. */
export function MiniBoardBox() {
  return <div className="tp-board-box tp-mini" />;
}

export function MiniBoard(props: MiniBoardProps) {
  // The props drawn while a leap's pebble flies: the props before it, until it lands.
  const [before, setBefore] = useState(props);
  const [held, setHeld] = useState<MiniBoardProps | null>(null);
  const leap = props.leap ?? null;
  if (before !== props) {
    setBefore(props);
    if (leap && leap !== before.leap) setHeld(before);
  }
  const { board, marked = null, target = null, arrow } = held ?? props;
  const ids = useBoardIds();
  const svg = useRef<SVGSVGElement>(null);
  const flyer = useMemo(() => createFlyer(BOX), []);
  const view = useMemo(
    () =>
      boardView({
        board,
        analysis: null,
        hintMove: marked,
        hintStage: arrow ? 2 : 1,
        showAll: false,
        palette: 'default',
        won: false,
      }),
    [board, marked, arrow],
  );
  // Taps wait while a pebble flies: the board drawn is not the guide's step any more.
  const onTap = held ? undefined : props.onTap;
  const handlers = useMemo<SpotHandlers>(
    () => ({
      activate: (pos) => onTap?.(pos),
      pointerDown: () => undefined,
      keyDown(event: KeyboardEvent<SVGGElement>) {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        onTap?.(Number(event.currentTarget.getAttribute('data-pos')));
      },
      focus: () => undefined,
    }),
    [onTap],
  );
  useLayoutEffect(() => {
    if (!held || !leap) return;
    // Drawn in the landing's own task, so the frame that takes the flyer down shows the pebble.
    const end = flyer.lift(svg.current, leap, () => flushSync(() => setHeld(null)));
    if (!end) setHeld(null);
    return end ?? undefined;
  }, [flyer, held, leap]);
  // The next pebble to move takes the focus from the last one (when the board has it).
  useEffect(() => {
    const el = svg.current;
    const active = el ? (el.getRootNode() as Document | ShadowRoot).activeElement : null;
    if (el && target !== null && active && el.contains(active)) el.querySelector<SVGGElement>(`[data-pos="${target}"]`)?.focus();
  }, [target]);
  const still = props.target === undefined;
  return (
    <div className="tp-board-box tp-mini">
      <svg
        ref={svg}
        className="tp-board"
        viewBox={`${BOX.x} ${BOX.y} ${BOX.width} ${BOX.height}`}
        // A still picture is shown by its caption; its spots are not for pointing at.
        role={still ? undefined : 'group'}
        aria-label={still ? undefined : props.label}
        aria-hidden={still ? 'true' : undefined}
      >
        <BoardDefs ids={ids} />
        <path className="tp-frame" d={FRAME} />
        {view.spots.slice(0, COUNT).map((spot) => (
          <Spot
            key={spot.pos}
            spot={spot}
            focused={spot.pos === target}
            refused={props.refused?.pos === spot.pos ? props.refused.id : null}
            shineId={ids.shine}
            wellId={ids.well}
            handlers={handlers}
          />
        ))}
        {view.arrow && <HintArrow from={view.arrow.from} to={view.arrow.to} markerId={ids.arrow} />}
      </svg>
      <FlyerLayer flyer={flyer} />
    </div>
  );
}
