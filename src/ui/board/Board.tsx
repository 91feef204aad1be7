/**
 * The board: an SVG triangle of Spots that scales to its container, with roving-tabindex focus,
 * arrow-key navigation, Enter/Space to move, tap to move, dragging a pebble onto the hole, the
 * leap animation and the hint arrow. Sends intents to the store; the engine lives behind it.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { Direction } from '../../store';
import { useActions, useGame, useGameStore } from '../GameContext';
import { BOARD_LABEL } from '../messages';
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
  const position = useGame((s) => s.game.board);
  const won = useGame((s) => s.game.result !== null);
  const analysis = useGame((s) => s.answers.analysis);
  const hintMove = useGame((s) => s.session.hintMove);
  const hintStage = useGame((s) => s.session.hintStage);
  const showAll = useGame((s) => s.progress.settings.showAll);
  const palette = useGame((s) => s.progress.settings.palette);
  const focus = useGame((s) => s.session.focus);
  const animation = useGame((s) => s.session.animation);
  // The refused pebble shakes: its position, and the notice's id so that a second refusal shakes again.
  const refusedAt = useGame((s) => (s.session.notice?.kind === 'refused' ? s.session.notice.pos : null));
  const refusedId = useGame((s) => (s.session.notice?.kind === 'refused' ? s.session.noticeId : null));
  const store = useGameStore();
  const actions = useActions();
  const board = useMemo(
    () => boardView({ board: position, analysis, hintMove, hintStage, showAll, palette, won }),
    [position, analysis, hintMove, hintStage, showAll, palette, won],
  );
  const svgRef = useRef<SVGSVGElement>(null);
  const spotRefs = useRef(new Map<number, SVGGElement>());
  /** Where the pebble of a leap was let go, for the leap (by animation id) that its drop made. */
  const [drop, setDrop] = useState<{ readonly id: number; readonly at: Point } | null>(null);
  const drag = useDrag(svgRef, board.hole, (pos, at) => {
    if (!actions.moveFrom(pos)) return;
    const made = store.getState().session.animation;
    if (made) setDrop({ id: made.id, at });
  });
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

  // A leap starts where a drop let its pebble go, else from the centre of the plate it left.
  const leapFrom = animation && (drop?.id === animation.id ? drop.at : pointOf(animation.from));

  function leapOf(to: SpotView): { dx: number; dy: number; id: number } | null {
    if (!animation || !leapFrom || animation.to !== to.pos) return null;
    return { dx: leapFrom.x - to.x, dy: leapFrom.y - to.y, id: animation.id };
  }

  return (
    <svg ref={svgRef} className="tp-board" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label={BOARD_LABEL}>
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
          refused={refusedAt === spot.pos ? refusedId : null}
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
