/**
 * One position of the board: its plate (a coloured disc with the colour's letter), the pebble
 * on it (a stone with its letter) or the hole, and the test hooks data-pos / data-hole /
 * data-hint. Drawing only: input arrives through the props.
 */
import type { KeyboardEvent, PointerEvent, ReactNode } from 'react';
import type { Point, SpotView } from '../viewModel';
import { PEBBLE_RADIUS, PLATE_RADIUS } from '../viewModel';

export interface SpotProps {
  readonly spot: SpotView;
  readonly focused: boolean;
  /** Where the pebble is drawn relative to its plate while dragged. */
  readonly drag: Point | null;
  /** Where the pebble leaps from (relative), with an id that restarts the animation. */
  readonly leap: { readonly dx: number; readonly dy: number; readonly id: number } | null;
  /** Set (to a fresh id each time) when a tap on this pebble was refused: it shakes its head. */
  readonly refused: number | null;
  /** The id of the board's stone-shine gradient (ids are per board: several boards may share a page). */
  readonly shineId: string;
  readonly onActivate: (pos: number) => void;
  readonly onPointerDown: (pos: number, event: PointerEvent<SVGGElement>) => void;
  readonly onKeyDown: (event: KeyboardEvent<SVGGElement>) => void;
  readonly onFocus: (pos: number) => void;
  readonly setRef: (pos: number, el: SVGGElement | null) => void;
}

/**
 * A pebble's drawing (stone or mark): leaps in after a move, shakes when refused, and hides while
 * dragged, because the board draws the dragged pebble last (DragGhost) so that it stays on top.
 */
function Moving(props: { drag: Point | null; leap: SpotProps['leap']; refused: number | null; className: string; children: ReactNode }) {
  const { drag, leap, refused } = props;
  const style = leap ? ({ '--dx': `${leap.dx}px`, '--dy': `${leap.dy}px` } as Record<string, string>) : undefined;
  return (
    <g
      key={`${leap?.id ?? 'still'}/${refused ?? ''}`}
      className={`${props.className}${leap ? ' tp-leap' : ''}${refused === null ? '' : ' tp-refused'}${drag ? ' tp-drag-source' : ''}`}
      style={style}
    >
      {props.children}
    </g>
  );
}

/** The stone of a pebble: shadow, coloured disc and shine. */
export function Stone(props: { spot: SpotView; shineId: string }) {
  const { spot } = props;
  return (
    <>
      <ellipse className="tp-shadow" cx={spot.x + 2} cy={spot.y + 4} rx={PEBBLE_RADIUS} ry={PEBBLE_RADIUS * 0.9} />
      <circle className="tp-stone" cx={spot.x} cy={spot.y} r={PEBBLE_RADIUS} fill={spot.pebble!.fill} />
      <circle className="tp-shine" cx={spot.x} cy={spot.y} r={PEBBLE_RADIUS} fill={`url(#${props.shineId})`} />
    </>
  );
}

/**
 * The letters of a spot, outside its button so that the button's name is its label alone;
 * hidden from assistive technology, which hears the colour names instead.
 */
function Marks(props: Pick<SpotProps, 'spot' | 'drag' | 'leap' | 'refused'>) {
  const { spot } = props;
  if (spot.hole) {
    return (
      <text className="tp-mark tp-hole-mark" x={spot.x} y={spot.y} fill={spot.plate.ink} aria-hidden="true">
        {spot.plate.letter}
      </text>
    );
  }
  return (
    <g aria-hidden="true" className="tp-marks">
      <text className="tp-plate-mark" x={spot.x} y={spot.y + PLATE_RADIUS - 6} fill={spot.plate.ink} stroke={spot.plate.fill}>
        {spot.plate.letter}
      </text>
      <Moving drag={props.drag} leap={props.leap} refused={props.refused} className="tp-pebble">
        <text className="tp-mark" x={spot.x} y={spot.y} fill={spot.pebble!.ink}>
          {spot.pebble!.letter}
        </text>
      </Moving>
    </g>
  );
}

export function Spot(props: SpotProps) {
  const { spot, focused, drag, leap } = props;
  return (
    <>
      <g
        ref={(el) => props.setRef(spot.pos, el)}
        className="tp-spot"
        data-pos={spot.pos}
        data-hole={spot.hole ? 'true' : undefined}
        data-hint={spot.hinted ? 'true' : undefined}
        data-movable={spot.movable ? 'true' : 'false'}
        data-matched={spot.matched ? 'true' : undefined}
        role="button"
        tabIndex={focused ? 0 : -1}
        aria-label={spot.label}
        onClick={() => props.onActivate(spot.pos)}
        onPointerDown={(event) => props.onPointerDown(spot.pos, event)}
        onKeyDown={props.onKeyDown}
        onFocus={() => props.onFocus(spot.pos)}
      >
        <circle className="tp-focus" cx={spot.x} cy={spot.y} r={PLATE_RADIUS + 4.5} />
        <circle className="tp-plate" cx={spot.x} cy={spot.y} r={PLATE_RADIUS} fill={spot.plate.fill} />
        {spot.hole ? (
          <circle className="tp-socket" cx={spot.x} cy={spot.y} r={PEBBLE_RADIUS} />
        ) : (
          <Moving drag={drag} leap={leap} refused={props.refused} className="tp-pebble">
            <Stone spot={spot} shineId={props.shineId} />
          </Moving>
        )}
        {spot.hinted && (
          <>
            <circle className="tp-hint-halo" cx={spot.x} cy={spot.y} r={PEBBLE_RADIUS + 3.5} />
            <circle className="tp-hint-ring" cx={spot.x} cy={spot.y} r={PEBBLE_RADIUS + 3.5} />
          </>
        )}
      </g>
      <Marks spot={spot} drag={drag} leap={leap} refused={props.refused} />
    </>
  );
}
