/**
 * One position of the board, drawn: its plate with the colour's letter, the pebble on it (a stone
 * with its letter, a rim when it can move, a check when it is matched) or the hole (an empty
 * well), the focus ring and the hint ring; and the test hooks data-pos / data-hole / data-hint /
 * data-movable. The letters sit beside the button, not in it, so that its name is its label
 * alone; the parts of a pebble carry data-pebble, for the flyer to lift them together. Memoised:
 * a spot is drawn again only when what it shows changed. Drawing only: input goes to the board's
 * stable handlers.
 */
import { memo } from 'react';
import type { KeyboardEvent, PointerEvent } from 'react';
import type { SpotView } from '../viewModel';
import { PEBBLE_RADIUS, PLATE_RADIUS, sameSpot } from '../viewModel';

/** What the board does with input on a spot: one object for the board's lifetime. */
export interface SpotHandlers {
  activate(pos: number): void;
  pointerDown(pos: number, event: PointerEvent<SVGGElement>): void;
  keyDown(event: KeyboardEvent<SVGGElement>): void;
  focus(pos: number): void;
}

export interface SpotProps {
  readonly spot: SpotView;
  readonly focused: boolean;
  /** Set (to a fresh id each time) when a tap on this pebble was refused: it shakes its head. */
  readonly refused: number | null;
  /** Ids of the board's gradients (ids are per board: several boards may share a page). */
  readonly shineId: string;
  readonly wellId: string;
  readonly handlers: SpotHandlers;
}

/** The stone of a pebble, centred on (x, y): shadow, coloured disc and shine. */
function Stone(props: { x: number; y: number; fill: string; shineId: string }) {
  const { x, y } = props;
  return (
    <>
      <ellipse className="tp-shadow" cx={x + 2} cy={y + 4} rx={PEBBLE_RADIUS} ry={PEBBLE_RADIUS * 0.9} />
      <circle className="tp-stone" cx={x} cy={y} r={PEBBLE_RADIUS} fill={props.fill} />
      <circle className="tp-shine" cx={x} cy={y} r={PEBBLE_RADIUS} fill={`url(#${props.shineId})`} />
    </>
  );
}

/** The letters of a spot: the plate's below, the pebble's on the stone (shaking with it). */
function Letters(props: { spot: SpotView; refused: number | null }) {
  const { spot } = props;
  const { x, y, pebble } = spot;
  return (
    <g className="tp-letters" aria-hidden="true">
      <text className="tp-plate-mark" x={x} y={y + PLATE_RADIUS - 6} fill={spot.plate.ink} stroke={spot.plate.fill}>
        {spot.plate.letter}
      </text>
      {pebble && (
        <text
          key={props.refused ?? 'still'}
          className={props.refused === null ? 'tp-mark' : 'tp-mark tp-refused'}
          data-pebble={spot.pos}
          x={x}
          y={y}
          fill={pebble.ink}
        >
          {pebble.letter}
        </text>
      )}
    </g>
  );
}

/** The hole: a well sunk into the plate, shaded darker under its upper rim (the gradient). */
const Well = (props: { x: number; y: number; wellId: string }) => (
  <circle className="tp-well" cx={props.x} cy={props.y} r={PEBBLE_RADIUS + 1} fill={`url(#${props.wellId})`} />
);

const preventDefault = (event: { preventDefault(): void }): void => event.preventDefault();

function SpotDrawing(props: SpotProps) {
  const { spot, focused, handlers } = props;
  const { x, y, pebble } = spot;
  return (
    <>
      <g
        className="tp-spot"
        data-pos={spot.pos}
        data-hole={spot.hole ? 'true' : undefined}
        data-hint={spot.hinted ? 'true' : undefined}
        data-movable={spot.movable ? 'true' : 'false'}
        data-matched={spot.matched ? 'true' : undefined}
        role="button"
        tabIndex={focused ? 0 : -1}
        aria-label={spot.label}
        onClick={() => handlers.activate(spot.pos)}
        onPointerDown={(event) => handlers.pointerDown(spot.pos, event)}
        // A tap does not take the focus (only the keyboard moves it), which spares a render per tap.
        onMouseDown={preventDefault}
        onKeyDown={handlers.keyDown}
        onFocus={() => handlers.focus(spot.pos)}
      >
        <circle className="tp-focus-halo" cx={x} cy={y} r={PLATE_RADIUS + 5} />
        <circle className="tp-focus" cx={x} cy={y} r={PLATE_RADIUS + 5} />
        <circle className="tp-plate" cx={x} cy={y} r={PLATE_RADIUS} fill={spot.plate.fill} />
        {pebble === null ? (
          <Well x={x} y={y} wellId={props.wellId} />
        ) : (
          // Keyed by the refusal, so that a second refusal shakes it again.
          <g
            key={props.refused ?? 'still'}
            className={props.refused === null ? 'tp-pebble' : 'tp-pebble tp-refused'}
            data-pebble={spot.pos}
          >
            {spot.movable && (
              <>
                <circle className="tp-rim-edge" cx={x} cy={y} r={PEBBLE_RADIUS + 2.5} />
                <circle className="tp-rim" cx={x} cy={y} r={PEBBLE_RADIUS + 2.5} />
              </>
            )}
            <Stone x={x} y={y} fill={pebble.fill} shineId={props.shineId} />
            {spot.matched && (
              <g className="tp-check" aria-hidden="true">
                <circle cx={x + 15} cy={y - 15} r={6.5} />
                <path d={`M${x + 12} ${y - 15}l2.2 2.4 4-4.6`} />
              </g>
            )}
          </g>
        )}
        {spot.hinted && (
          <>
            <circle className="tp-hint-halo" cx={x} cy={y} r={PEBBLE_RADIUS + 3.5} />
            <circle className="tp-hint-ring" cx={x} cy={y} r={PEBBLE_RADIUS + 3.5} />
          </>
        )}
      </g>
      <Letters spot={spot} refused={props.refused} />
    </>
  );
}

// The gradients' ids are the board's, fixed for its lifetime: not compared.
export const Spot = memo(
  SpotDrawing,
  (a, b) => sameSpot(a.spot, b.spot) && a.focused === b.focused && a.refused === b.refused && a.handlers === b.handlers,
);
