/**
 * The board: an SVG triangle of memoised Spots in a box that keeps the board's shape at any size,
 * with roving-tabindex focus, arrow-key navigation, Enter/Space to move, tap to move, dragging a
 * pebble onto the hole, the line from a pointed-at pebble to the hole, the hint arrow, and the
 * flyer layer that carries dragged and leaping pebbles above the others. Subscribes only to what
 * it draws; sends intents to the store.
 */
import { memo, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { KeyboardEvent, PointerEvent, RefObject, SyntheticEvent } from 'react';
import type { Direction } from '../../store';
import { useGame, useGameStore } from '../GameContext';
import { BOARD_LABEL } from '../messages';
import type { SpotView } from '../viewModel';
import { HEIGHT, PEBBLE_RADIUS, WIDTH, boardView, framePath, pointOf } from '../viewModel';
import { BoardDefs, useBoardIds } from './Defs';
import { Flyer, FlyerLayer } from './Flyer';
import { HintArrow } from './HintArrow';
import type { SpotHandlers } from './Spot';
import { Spot } from './Spot';
import type { DragCallbacks } from './useDrag';
import { useDrag } from './useDrag';

const FRAME = framePath(5);

const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/** The lines from each movable pebble to the hole, shown one at a time (data-shown) for the pebble pointed at. */
const Guides = memo(function Guides(props: { spots: readonly SpotView[]; hole: number }) {
  const to = pointOf(props.hole);
  return (
    <g className="tp-paths" aria-hidden="true">
      {props.spots
        .filter((spot) => spot.movable)
        .map((spot) => {
          const length = Math.hypot(to.x - spot.x, to.y - spot.y);
          const [ux, uy] = [(to.x - spot.x) / length, (to.y - spot.y) / length];
          const inset = PEBBLE_RADIUS + 3;
          const [x1, y1, x2, y2] = [spot.x + ux * inset, spot.y + uy * inset, to.x - ux * inset, to.y - uy * inset];
          return (
            <g key={`${spot.pos}/${props.hole}`} className="tp-path" data-from={spot.pos}>
              <line x1={x1} y1={y1} x2={x2} y2={y2} />
              <line x1={x1} y1={y1} x2={x2} y2={y2} />
            </g>
          );
        })}
    </g>
  );
});

/** Starts the flyer's leap when the store says a pebble moved: an effect, not a render of the board. */
function Leaps(props: { flyer: Flyer; svg: RefObject<SVGSVGElement | null> }) {
  const animation = useGame((s) => s.session.animation);
  useLayoutEffect(() => {
    if (!animation) return;
    const landing = [...(props.svg.current?.querySelectorAll<SVGElement>(`[data-pebble="${animation.to}"]`) ?? [])];
    props.flyer.leap(animation.from, pointOf(animation.from), pointOf(animation.to), landing);
  }, [animation, props.flyer, props.svg]);
  return null;
}

/** Shows the guide line of the movable pebble under the pointer or with focus (straight on the DOM). */
function pointAt(event: SyntheticEvent<SVGSVGElement>, leaving: boolean): void {
  const svg = event.currentTarget;
  for (const line of svg.querySelectorAll('.tp-path[data-shown]')) line.removeAttribute('data-shown');
  const spot = leaving ? null : (event.target as Element).closest?.('[data-pos]');
  if (spot) svg.querySelector(`.tp-path[data-from="${spot.getAttribute('data-pos')}"]`)?.setAttribute('data-shown', '');
}

export function Board() {
  const position = useGame((s) => s.game.board);
  const won = useGame((s) => s.game.result !== null);
  // The solver's answer matters to the drawing only while every optimal move is shown.
  const analysis = useGame((s) => (s.progress.settings.showAll ? s.answers.analysis : null));
  const hintMove = useGame((s) => s.session.hintMove);
  const hintStage = useGame((s) => s.session.hintStage);
  const palette = useGame((s) => s.progress.settings.palette);
  const focus = useGame((s) => s.session.focus);
  // The refused pebble shakes: its position, and the notice's id so that a second refusal shakes again.
  const refusedAt = useGame((s) => (s.session.notice?.kind === 'refused' ? s.session.notice.pos : null));
  const refusedId = useGame((s) => (s.session.notice?.kind === 'refused' ? s.session.noticeId : null));
  const store = useGameStore();
  // Actions never change, but the state object that holds them does: read them when needed.
  const act = store.getState;
  const board = useMemo(
    () => boardView({ board: position, analysis, hintMove, hintStage, showAll: analysis !== null, palette, won }),
    [position, analysis, hintMove, hintStage, palette, won],
  );
  const svgRef = useRef<SVGSVGElement>(null);
  const spotRefs = useRef(new Map<number, SVGGElement>());
  const flyer = useMemo(() => new Flyer(), []);
  const view = useRef(board);
  view.current = board;
  const dragCallbacks = useRef<DragCallbacks>({
    hole: () => view.current.hole,
    drop: (pos) => act().moveFrom(pos),
    miss(pos, onto) {
      // A pebble that could not move anyway says why; one that could is told where to go.
      if (view.current.spots[pos]?.movable) act().notify({ kind: 'missed-drop', pos, onto, hole: view.current.hole });
      else act().moveFrom(pos);
    },
  });
  const drag = useDrag(svgRef, flyer, dragCallbacks);
  const handlers = useMemo<SpotHandlers>(
    () => ({
      activate: (pos) => {
        if (!drag.consumeClick()) act().moveFrom(pos);
      },
      pointerDown: (pos: number, event: PointerEvent<SVGGElement>) => drag.start(pos, event),
      keyDown(event: KeyboardEvent<SVGGElement>) {
        const direction = ARROWS[event.key];
        if (direction) {
          event.preventDefault();
          act().moveFocus(direction);
        } else if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          act().moveFrom(act().session.focus);
        }
      },
      focus: (pos) => act().setFocus(pos),
      setRef(pos, el) {
        if (el) spotRefs.current.set(pos, el);
        else spotRefs.current.delete(pos);
      },
    }),
    [act, drag],
  );
  const ids = useBoardIds();

  useEffect(() => {
    const el = spotRefs.current.get(focus);
    const svg = svgRef.current;
    const active = svg ? (svg.getRootNode() as Document | ShadowRoot).activeElement : null;
    if (el && svg && svg.contains(active) && active !== el) el.focus();
  }, [focus]);

  return (
    <div className="tp-board-box">
      <svg
        ref={svgRef}
        className="tp-board"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="group"
        aria-label={BOARD_LABEL}
        onPointerOver={(e) => pointAt(e, false)}
        onPointerLeave={(e) => pointAt(e, true)}
        onFocus={(e) => pointAt(e, false)}
        onBlur={(e) => pointAt(e, true)}
      >
        <BoardDefs ids={ids} />
        <path className="tp-frame" d={FRAME} />
        {board.spots.map((spot) => (
          <Spot
            key={spot.pos}
            spot={spot}
            focused={spot.pos === focus}
            refused={refusedAt === spot.pos ? refusedId : null}
            shineId={ids.shine}
            wellId={ids.well}
            handlers={handlers}
          />
        ))}
        <Guides spots={board.spots} hole={board.hole} />
        {board.arrow && <HintArrow from={board.arrow.from} to={board.arrow.to} markerId={ids.arrow} />}
      </svg>
      <FlyerLayer flyer={flyer} />
      <Leaps flyer={flyer} svg={svgRef} />
    </div>
  );
}
