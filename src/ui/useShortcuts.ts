/**
 * Keyboard shortcuts of a game: Z or U undo, Y redo, R restart, H hint, and the usual editing
 * keys: Ctrl/Cmd+Z undo, Ctrl/Cmd+Y and Ctrl/Cmd+Shift+Z redo. Keys typed into form fields (which
 * have their own undo) or pressed with Alt are left alone.
 */
import { useEffect } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { GameStore } from '../store';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

type Key = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey'>;

/** What a key press asks for, or null when it is no shortcut. */
function commandOf(event: Key): 'undo' | 'redo' | 'restart' | 'hint' | null {
  const key = event.key.toLowerCase();
  if (event.ctrlKey || event.metaKey) {
    if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
    return key === 'y' ? 'redo' : null;
  }
  return ({ z: 'undo', u: 'undo', y: 'redo', r: 'restart', h: 'hint' } as const)[key] ?? null;
}

/** Runs the shortcut for a key press; true when the key was one. */
export function runShortcut(store: GameStore, event: KeyboardEvent | ReactKeyboardEvent, hints: boolean): boolean {
  if (event.altKey || event.defaultPrevented || isTyping(event.target)) return false;
  const command = commandOf(event);
  const game = store.getState();
  if (command === null || (command === 'hint' && !hints)) return false;
  if (command === 'hint') game.pressHint();
  else game[command]();
  return true;
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
