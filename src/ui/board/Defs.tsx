/**
 * The shared paint of a board drawing: the stones' shine, the hole's well and the hint arrow's
 * head, under ids unique to each board (several boards may share a page). Drawing only.
 */
import { useId } from 'react';

export interface BoardIds {
  readonly shine: string;
  readonly well: string;
  readonly arrow: string;
}

export function useBoardIds(): BoardIds {
  const unique = `tp${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return { shine: `${unique}-shine`, well: `${unique}-well`, arrow: `${unique}-arrow` };
}

export function BoardDefs(props: { ids: BoardIds }) {
  const { ids } = props;
  return (
    <defs>
      <radialGradient id={ids.shine} cx="35%" cy="30%" r="70%">
        <stop offset="0" stopColor="#fff" stopOpacity="0.55" />
        <stop offset="0.45" stopColor="#fff" stopOpacity="0.08" />
        <stop offset="1" stopColor="#000" stopOpacity="0.22" />
      </radialGradient>
      {/* Darkest under the upper rim, as light from above leaves a well. */}
      <radialGradient id={ids.well} cx="50%" cy="62%" r="62%">
        <stop offset="0" stopColor="#000" stopOpacity="0.2" />
        <stop offset="0.7" stopColor="#000" stopOpacity="0.42" />
        <stop offset="1" stopColor="#000" stopOpacity="0.7" />
      </radialGradient>
      <marker id={ids.arrow} viewBox="0 0 10 10" refX="6" refY="5" markerWidth="4" markerHeight="4" orient="auto-start-reverse">
        <path d="M0 0 L10 5 L0 10 z" className="tp-arrowhead" />
      </marker>
    </defs>
  );
}
