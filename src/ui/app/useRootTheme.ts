/**
 * Puts the player's theme on the app's root (`data-theme`: auto, light or dark), where the game's
 * styles read it, and on the page itself for its background and scrollbars. Before paint, so a
 * changed theme never shows a frame in the old one.
 */
import { useLayoutEffect } from 'react';
import type { RefObject } from 'react';
import { useGame } from '../GameContext';

export function useRootTheme(inside: RefObject<HTMLElement | null>): void {
  const theme = useGame((s) => s.progress.settings.theme);
  useLayoutEffect(() => {
    const value = theme === 'system' ? 'auto' : theme;
    inside.current?.closest('.tp-root')?.setAttribute('data-theme', value);
    document.documentElement.setAttribute('data-theme', value);
  }, [inside, theme]);
}
