/**
 * <tripebble-board> in React 19's JSX (the `react` JSX namespace): its attributes, the standard
 * HTML ones, a typed ref, and its events as React 19 attaches them to custom elements, by their
 * exact names: `onmove`, `onsolved`, `onerror`. Shipped as dist/tripebble-board-react.d.ts, next
 * to tripebble-board.d.ts; include it only in projects that use React's types.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { TripebbleBoardAttributes, TripebbleBoardElement, TripebbleBoardEventMap } from './tripebble-board';

/** A board's props in JSX. */
export interface TripebbleBoardProps
  extends Omit<DetailedHTMLProps<HTMLAttributes<TripebbleBoardElement>, TripebbleBoardElement>, 'onError'>, TripebbleBoardAttributes {
  onmove?: (event: TripebbleBoardEventMap['move']) => void;
  onsolved?: (event: TripebbleBoardEventMap['solved']) => void;
  onerror?: (event: TripebbleBoardEventMap['error']) => void;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'tripebble-board': TripebbleBoardProps;
    }
  }
}
