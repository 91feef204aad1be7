/**
 * The board: an SVG triangle of memoised Spots in a box that keeps the board's shape at any size,
 * with roving-tabindex focus, arrow-key navigation, Enter/Space to move, tap to move, dragging a
 * pebble onto the hole, the line from a pointed-at pebble to the hole, the hint arrow, and the
 * flyer layer that carries dragged and leaping pebbles above the others: a move's pebble lifts off
 * the board as drawn, and the move is drawn when it lands (drawn.ts). Subscribes only to what it
 * draws; sends intents to the store.
 */
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { KeyboardEvent, PointerEvent } from 'react';
import type { Direction } from '../../store';
import { afterPaint } from '../afterPaint';
import { drawnGameOf } from '../drawn';
import { useGame, useGameStore } from '../GameContext';
import { BOARD_LABEL } from '../messages';
import { HEIGHT, PEBBLE_RADIUS, WIDTH, boardView, framePath, pointOf } from '../viewModel';
import { BoardDefs, useBoardIds } from './Defs';
import { FlyerLayer, createFlyer } from './Flyer';
import { HintArrow } from './HintArrow';
import type { SpotHandlers } from './Spot';
import { Spot } from './Spot';
import type { DragCallbacks } from './useDrag';
import { useDrag } from './useDrag';

const FRAME = framePath(5);

const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/**
 * Draws the line from the movable pebble under the pointer or with the focus to the hole, or
 * hides it: one line on top of the board, moved straight on the DOM (no render).
 */
function pointAt(svg: SVGSVGElement, target: EventTarget | null): void {
  const path = svg.querySelector<SVGGElement>('.tp-path');
  const spot = target instanceof Element ? target.closest('[data-movable="true"]') : null;
  const hole = svg.querySelector('[data-hole]');
  if (!path) return;
  if (!spot || !hole) return path.removeAttribute('data-from');
  const from = pointOf(Number(spot.getAttribute('data-pos')));
  const to = pointOf(Number(hole.getAttribute('data-pos')));
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  const [dx, dy] = [((to.x - from.x) / length) * INSET, ((to.y - from.y) / length) * INSET];
  const ends = [from.x + dx, from.y + dy, to.x - dx, to.y - dy];
  for (const line of path.children) ['x1', 'y1', 'x2', 'y2'].forEach((name, i) => line.setAttribute(name, String(ends[i])));
  path.setAttribute('data-from', spot.getAttribute('data-pos')!);
}

/** Where the line to the hole stops short of the two pebbles' centres. */
const INSET = PEBBLE_RADIUS + 3;

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
  const flyer = useMemo(() => createFlyer(), []);
  // Drags read the board as drawn: the hole, and whether the dragged pebble could move.
  const drawn = (selector: string): Element | null | undefined => svgRef.current?.querySelector(selector);
  const hole = (): number => Number(drawn('[data-hole]')?.getAttribute('data-pos'));
  const dragCallbacks = useRef<DragCallbacks>({
    hole,
    drop: (pos) => act().moveFrom(pos),
    miss(pos, onto) {
      // A pebble that could not move anyway says why; one that could is told where to go.
      if (drawn(`[data-pos="${pos}"][data-movable="true"]`)) act().notify({ kind: 'missed-drop', pos, onto, hole: hole() });
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
        // The keys act from the focus ring: a move still in flight is drawn first, ring and all.
        drawnGameOf(store).land();
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
    }),
    [act, drag, store],
  );
  const ids = useBoardIds();

  // The line to the hole follows the pointer and the focus: native listeners, as these events come
  // often and need no render. It is drawn once the next frame is painted, for whatever is pointed
  // at by then: a tap's pointerover comes in the same moment as its move, which so paints without
  // the line's layout (and a line drawn then would be the board's before the move).
  const pointed = useRef<EventTarget | null>(null);
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const show = (event: Event): void => {
      pointed.current = event.target;
      afterPaint(() => {
        // Not from a pebble in flight: its move is drawn when it lands, and the line with it.
        if (!drawnGameOf(store).flying()) pointAt(svg, pointed.current);
      });
    };
    const hide = (): void => {
      pointed.current = null;
      afterPaint(() => pointAt(svg, null));
    };
    const events: [string, EventListener][] = [
      ['pointerover', show],
      ['focusin', show],
      ['pointerleave', hide],
      ['focusout', hide],
    ];
    for (const [type, listener] of events) svg.addEventListener(type, listener);
    return () => {
      for (const [type, listener] of events) svg.removeEventListener(type, listener);
    };
  }, [store]);

  // A move changes what is under a still pointer without an event (only the plate takes the
  // pointer: board.css), so the line is drawn again for the same target after each move.
  useEffect(() => {
    const svg = svgRef.current;
    if (svg && pointed.current) afterPaint(() => pointAt(svg, pointed.current));
  }, [board]);

  // Keyboard focus follows the position in the store (after a move, the pebble that moved); a
  // pointer's focus stays where it was, which spares the tap a layout.
  useEffect(() => {
    const svg = svgRef.current;
    const el = svg?.querySelector<SVGGElement>(`[data-pos="${focus}"]`);
    const active = svg ? (svg.getRootNode() as Document | ShadowRoot).activeElement : null;
    if (el && active && svg!.contains(active) && active !== el && active.matches(':focus-visible')) el.focus();
  }, [focus]);

  // A move lifts its pebble off the board as drawn before it; the move is drawn when it lands.
  useLayoutEffect(() => {
    const drawnGame = drawnGameOf(store);
    drawnGame.setLeaper((leap, land) => flyer.lift(svgRef.current, leap, land));
    return () => drawnGame.setLeaper(null);
  }, [store, flyer]);

  return (
    <div className="tp-board-box">
      <svg ref={svgRef} className="tp-board" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label={BOARD_LABEL}>
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
        <g className="tp-path" aria-hidden="true">
          <line />
          <line />
        </g>
        {board.arrow && <HintArrow from={board.arrow.from} to={board.arrow.to} markerId={ids.arrow} />}
      </svg>
      <FlyerLayer flyer={flyer} />
    </div>
  );
}
