/**
 * The shared paint of a board drawing: the stones' shine, the hole's well and the hint arrow's
 * head, under ids unique to each board (several boards may share a page). Drawing only.
 */
import { memo, useId, useMemo } from 'react';

export interface BoardIds {
  readonly shine: string;
  readonly well: string;
  readonly arrow: string;
}

export function useBoardIds(): BoardIds {
  const id = useId();
  // One object for the board's lifetime, so that the memoised defs are drawn once.
  return useMemo(() => {
    const unique = `tp${id.replace(/\W/g, '')}`;
    return { shine: `${unique}s`, well: `${unique}w`, arrow: `${unique}a` };
  }, [id]);
}

/** The stops' colours are in game.css (stop-color is a CSS property): the stylesheet, not the script, carries them. */
export const BoardDefs = memo(function BoardDefs(props: { ids: BoardIds }) {
  const { ids } = props;
  return (
    <defs>
      <radialGradient id={ids.shine} cx="35%" cy="30%" r="70%">
        <stop offset="0" className="tp-shine-0" />
        <stop offset="0.45" className="tp-shine-1" />
        <stop offset="1" className="tp-shine-2" />
      </radialGradient>
      {/* Darkest under the upper rim, as light from above leaves a well. */}
      <radialGradient id={ids.well} cx="50%" cy="62%" r="62%">
        <stop offset="0" className="tp-well-0" />
        <stop offset="0.7" className="tp-well-1" />
        <stop offset="1" className="tp-well-2" />
      </radialGradient>
      <marker id={ids.arrow} viewBox="0 0 10 10" refX="6" refY="5" markerWidth="4" markerHeight="4" orient="auto-start-reverse">
        <path d="M0 0 10 5 0 10z" className="tp-arrowhead" />
      </marker>
    </defs>
  );
});
