/**
 * Parts of the game loaded when first needed (a panel, the settings, the win panel). One that
 * fails to load, as it can on a flaky network or in a tab left open across an update of the
 * site, shows what its host provides (LoadFailedPart) in its place (the app's says so and offers
 * a reload), instead of React taking the whole app down. embed.js inlines every part, so
 * there they cannot fail, and it carries no such words.
 */
import { createContext, lazy, useContext } from 'react';
import type { ComponentType, LazyExoticComponent, ReactNode } from 'react';

/** What stands in for a part that could not be loaded: the app's says so and offers a reload. */
export const LoadFailedPart = createContext<ReactNode>(null);

function Failed() {
  return useContext(LoadFailedPart);
}

/** A component loaded by `load` when first rendered (inside a Suspense), or the host's stand-in. */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyExoticComponent<ComponentType<P>> {
  return lazy(() =>
    load().then(
      (part) => ({ default: part }),
      () => ({ default: Failed as ComponentType<P> }),
    ),
  );
}
