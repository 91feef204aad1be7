/**
 * Keyboard shortcuts of a game: Z or U undo, Y redo, R restart, H hint. Keys typed into form
 * fields or pressed with Ctrl, Alt or Meta are left alone.
 */
import { useEffect } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { GameStore } from '../store';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

/** Runs the shortcut for a key press; true when the key was one. */
export function runShortcut(store: GameStore, event: KeyboardEvent | ReactKeyboardEvent, hints: boolean): boolean {
  if (event.ctrlKey || event.altKey || event.metaKey || event.defaultPrevented || isTyping(event.target)) return false;
  const game = store.getState();
  switch (event.key.toLowerCase()) {
    case 'z':
    case 'u':
      game.undo();
      return true;
    case 'y':
      game.redo();
      return true;
    case 'r':
      game.restart();
      return true;
    case 'h':
      if (hints) game.pressHint();
      return hints;
    default:
      return false;
  }
}

/** In the full app, shortcuts also work when nothing in particular has focus. */
export function useDocumentShortcuts(store: GameStore, enabled: boolean, hints: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent): void => {
      if (event.target === document.body || event.target === document.documentElement) {
        if (runShortcut(store, event, hints)) event.preventDefault();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store, enabled, hints]);
}
