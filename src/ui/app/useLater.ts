/**
 * The app's view, and what starts after the first board (later.ts: the router, the saved data
 * and its words). Until it has loaded, views change without history entries; once it has,
 * `show` opens a view as a new history entry.
 */
import { startTransition, useEffect, useRef, useState } from 'react';
import type { GameStore, Notice } from '../../store';
import { nextTask } from '../afterPaint';
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
  // The parts as soon as they are started, for `show`: the app's redraw with them comes in a
  // transition, and a view opened before it must go through the router (else the router would
  // take a later Play for the view it already shows, and do nothing).
  const started = useRef<Later | null>(null);
  useEffect(() => {
    let live = true;
    // The chunk's evaluation and the parts' start are two tasks, not one long one on a phone.
    import('./later').then(
      async ({ startLater }) => {
        await nextTask();
        if (!live) return;
        const made = startLater(store, setView, shown.current);
        started.current = made;
        // In a transition: the app's redraw with it yields to the page between components.
        startTransition(() => setLater(made));
      },
      () => undefined, // offline before it was cached: the game plays on, without history entries
    );
    return () => {
      live = false;
      started.current?.stop();
      started.current = null;
      setLater(null);
    };
  }, [store]);
  const show = (next: View): void => (started.current ? started.current.router.show(next) : setView(next));
  return { view, show, noticeText: later?.noticeText };
}
