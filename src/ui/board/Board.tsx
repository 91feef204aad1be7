/**
 * The board: an SVG triangle of Spots that scales to its container, with roving-tabindex focus,
 * arrow-key navigation, Enter/Space to move, tap to move, dragging a pebble onto the hole, the
 * leap animation and the hint arrow. Sends intents to the store; the engine lives behind it.
 */
import { useEffect, useId, useMemo, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Direction } from '../../store';
import { useGame } from '../GameContext';
import type { Point, SpotView } from '../viewModel';
import { HEIGHT, WIDTH, boardView, pointOf } from '../viewModel';
import { DragGhost } from './DragGhost';
import { HintArrow } from './HintArrow';
import { Spot } from './Spot';
import { useDrag } from './useDrag';

/** The outline around the plates: the corner centres' triangle grown by a margin, round corners. */
const FRAME = (() => {
  const d = 41;
  const [a, l, r] = [pointOf(0), pointOf(10), pointOf(14)];
  const nx = Math.sqrt(3) / 2;
  const f = (x: number, y: number): string => `${x.toFixed(1)} ${y.toFixed(1)}`;
  return [
    `M${f(a.x - d * nx, a.y - d / 2)}`,
    `A${d} ${d} 0 0 1 ${f(a.x + d * nx, a.y - d / 2)}`,
    `L${f(r.x + d * nx, r.y - d / 2)}`,
    `A${d} ${d} 0 0 1 ${f(r.x, r.y + d)}`,
    `L${f(l.x, l.y + d)}`,
    `A${d} ${d} 0 0 1 ${f(l.x - d * nx, l.y - d / 2)}Z`,
  ].join(' ');
})();

const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

export function Board() {
  const view = useGame(
    useShallow((s) => ({
      board: s.board,
      analysis: s.analysis,
      hintMove: s.hintMove,
      hintStage: s.hintStage,
      settings: s.settings,
      result: s.result,
    })),
  );
  const focus = useGame((s) => s.focus);
  const animation = useGame((s) => s.animation);
  const refused = useGame((s) => s.refused);
  const actions = useGame(useShallow((s) => ({ moveFrom: s.moveFrom, setFocus: s.setFocus, moveFocus: s.moveFocus })));
  const board = useMemo(() => boardView(view), [view]);
  const svgRef = useRef<SVGSVGElement>(null);
  const spotRefs = useRef(new Map<number, SVGGElement>());
  const drag = useDrag(svgRef, board.hole, actions.moveFrom);
  const ghost = drag.dragged ? board.spots[drag.dragged.pos] : undefined;
  const unique = `tp${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const shineId = `${unique}-shine`;
  const arrowId = `${unique}-arrow`;

  useEffect(() => {
    const el = spotRefs.current.get(focus);
    const svg = svgRef.current;
    const active = svg ? (svg.getRootNode() as Document | ShadowRoot).activeElement : null;
    if (el && svg && svg.contains(active) && active !== el) el.focus();
  }, [focus]);

  function onKeyDown(event: KeyboardEvent<SVGGElement>): void {
    const direction = ARROWS[event.key];
    if (direction) {
      event.preventDefault();
      actions.moveFocus(direction);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      actions.moveFrom(focus);
    }
  }

  const leapStart = useRef<{ id: number; from: Point } | null>(null);
  if (animation && leapStart.current?.id !== animation.id) {
    leapStart.current = { id: animation.id, from: drag.takeDrop(animation.from) ?? pointOf(animation.from) };
  }

  function leapOf(to: SpotView): { dx: number; dy: number; id: number } | null {
    if (!animation || animation.to !== to.pos || !leapStart.current) return null;
    const from = leapStart.current.from;
    return { dx: from.x - to.x, dy: from.y - to.y, id: animation.id };
  }

  return (
    <svg
      ref={svgRef}
      className="tp-board"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="group"
      aria-label="Board: 15 plates in a triangle of 5 rows"
    >
      <defs>
        <radialGradient id={shineId} cx="35%" cy="30%" r="70%">
          <stop offset="0" stopColor="#fff" stopOpacity="0.55" />
          <stop offset="0.45" stopColor="#fff" stopOpacity="0.08" />
          <stop offset="1" stopColor="#000" stopOpacity="0.22" />
        </radialGradient>
        <marker id={arrowId} viewBox="0 0 10 10" refX="6" refY="5" markerWidth="4" markerHeight="4" orient="auto-start-reverse">
          <path d="M0 0 L10 5 L0 10 z" className="tp-arrowhead" />
        </marker>
      </defs>
      <path className="tp-frame" d={FRAME} />
      {board.spots.map((spot) => (
        <Spot
          key={spot.pos}
          spot={spot}
          focused={spot.pos === focus}
          drag={drag.offset(spot.pos)}
          leap={leapOf(spot)}
          shineId={shineId}
          refused={refused?.pos === spot.pos ? refused.id : null}
          onActivate={(pos) => {
            if (!drag.consumeClick()) actions.moveFrom(pos);
          }}
          onPointerDown={drag.start}
          onKeyDown={onKeyDown}
          onFocus={actions.setFocus}
          setRef={(pos, el) => {
            if (el) spotRefs.current.set(pos, el);
            else spotRefs.current.delete(pos);
          }}
        />
      ))}
      {board.arrow && <HintArrow from={board.arrow.from} to={board.arrow.to} markerId={arrowId} />}
      {ghost?.pebble && drag.dragged && <DragGhost spot={ghost} offset={drag.dragged.offset} shineId={shineId} />}
    </svg>
  );
}
