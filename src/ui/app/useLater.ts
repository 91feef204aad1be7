/**
 * The app's view, and what starts after the first board (later.ts: the router, the saved data
 * and its words). Until it has loaded, views change without history entries; once it has,
 * `show` opens a view as a new history entry.
 */
import { startTransition, useEffect, useRef, useState } from 'react';
import type { GameStore, Notice } from '../../store';
import type { Later } from './later';
import type { View } from './router';

export interface AppLater {
  readonly view: View;
  readonly show: (view: View) => void;
  /** The notice words that came with the saved-data reader, once loaded. */
  readonly noticeText?: (notice: Notice) => string;
}

export function useLater(store: GameStore): AppLater {
  const [view, setView] = useState<View>('play');
  const [later, setLater] = useState<Later | null>(null);
  // The view on screen when the router arrives: one the player opened before stays open.
  const shown = useRef(view);
  shown.current = view;
  useEffect(() => {
    let made: Later | null = null;
    let live = true;
    import('./later').then(
      ({ startLater }) => {
        // In a transition: the app's redraw with it yields to the page between components.
        if (live) startTransition(() => setLater((made = startLater(store, setView, shown.current))));
      },
      () => undefined, // offline before it was cached: the game plays on, without history entries
    );
    return () => {
      live = false;
      made?.stop();
      setLater(null);
    };
  }, [store]);
  return { view, show: (next) => (later ? later.router.show(next) : setView(next)), noticeText: later?.noticeText };
}
