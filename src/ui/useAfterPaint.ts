/**
 * A value as the page last drew it: a change shows one frame late, once the frame that carries
 * a move has been painted, or later still (`wait` ms first: after the leap, whose frames then
 * have the page to themselves). For what the player does not watch as the move lands (the
 * spoken announcement, the win panel's mount), so that a move's own frame lays out and renders
 * only the move. React state only; no store.
 */
import { useEffect, useState } from 'react';
import { afterPaint } from './afterPaint';

export function useAfterPaint<T>(value: T, wait = 0): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(value, shown)) return;
    let live = true;
    const show = (): void => afterPaint(() => live && setShown(value));
    const timer = wait > 0 ? setTimeout(show, wait) : (show(), undefined);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [value, shown, wait]);
  return shown;
}
