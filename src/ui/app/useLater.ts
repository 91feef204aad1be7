/**
 * The app's view, and what starts after the first board (later.ts: the router and the saved
 * data). Until it has loaded, views change without history entries; once it has, `show` opens
 * a view as a new history entry.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { GameStore } from '../../store';
import type { Later } from './later';
import type { View } from './router';

export function useLater(store: GameStore): { view: View; show: (view: View) => void } {
  const [view, setView] = useState<View>('play');
  const later = useRef<Later | null>(null);
  useEffect(() => {
    let live = true;
    import('./later').then(
      ({ startLater }) => {
        if (live) later.current = startLater(store, setView);
      },
      () => undefined, // offline before it was cached: the game plays on, without history entries
    );
    return () => {
      live = false;
      later.current?.stop();
      later.current = null;
    };
  }, [store]);
  const show = useCallback((next: View) => (later.current ? later.current.router.show(next) : setView(next)), []);
  return { view, show };
}
