/**
 * False while the server renders and the page hydrates, true in the browser afterwards: parts
 * that would suspend (lazy ones) or differ in the browser wait for it, so that the prerendered
 * page hydrates without React switching a boundary to client rendering. No store imports.
 */
import { useSyncExternalStore } from 'react';

const never = () => () => undefined;

export const useInBrowser = (): boolean =>
  useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
