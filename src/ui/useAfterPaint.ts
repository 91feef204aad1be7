/**
 * A value as the page last drew it: a change shows one frame late, once the frame that carries
 * a move has been painted. For what the player does not watch as the move lands (the spoken
 * announcement, the win panel's mount), so that a move's own frame lays out and renders only
 * the move. React state only; no store.
 */
import { useEffect, useState } from 'react';
import { afterPaint } from './afterPaint';

export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    // Already drawn (the first render, or a value changed back): nothing to schedule.
    if (Object.is(value, shown)) return;
    // A newer value, or the component's end, cancels the step of the one before.
    let live = true;
    afterPaint(() => live && setShown(value));
    return () => {
      live = false;
    };
  }, [value, shown]);
  return shown;
}
