/**
 * Keeps the page's URL hash and title in step with the board being played (a level, the daily
 * board, or the board's codes) and opens boards from links followed later. A malformed link shows what
 * is wrong and leaves the current board in place, and the address goes back to naming that board.
 */
import { useEffect } from 'react';
import type { Board } from '../../engine';
import type { BoardSource, GameStore } from '../../store';
import { boardLink, readLink } from '../../store';
import { pageTitle } from '../messages';

export function hashFor(source: BoardSource, start: Board): string {
  if (source.kind === 'level') return `#level=${source.id}`;
  // Dated, so a friend who opens the link another day gets the same board.
  if (source.kind === 'daily') return `#daily=${source.date}`;
  return boardLink(start);
}

/** Opens what a link names; returns false (with a notice) when it names nothing valid. */
function openLink(store: GameStore, hash: string): boolean {
  const link = readLink(hash);
  const game = store.getState();
  if (!link.ok) {
    game.notify({ kind: 'link-invalid', error: link.error, fallback: false });
    return false;
  }
  const target = link.value;
  if (target.kind === 'board') game.newGame(target.board, { kind: 'custom' });
  else if (target.kind === 'level') game.loadLevel(target.id);
  else if (target.kind === 'daily') void game.loadDaily(target.day ?? undefined);
  return target.kind !== 'none';
}

export function useHashLink(store: GameStore, onOpen: () => void): void {
  useEffect(() => {
    const write = (): void => {
      const { source, start } = store.getState().game;
      const hash = hashFor(source, start);
      document.title = pageTitle(source);
      try {
        if (location.hash !== hash) history.replaceState(null, '', hash);
      } catch {
        /* a sandboxed page may refuse history changes: the game works without them */
      }
    };
    write();
    const unsubscribe = store.subscribe((state, before) => {
      if (state.game.start !== before.game.start || state.game.source !== before.game.source) write();
    });
    const onHash = (): void => {
      // Already the board being played: our own write-back of the address, not a new link.
      const { source, start } = store.getState().game;
      if (location.hash === hashFor(source, start)) return;
      if (openLink(store, location.hash)) onOpen();
      else write();
    };
    window.addEventListener('hashchange', onHash);
    return () => {
      unsubscribe();
      window.removeEventListener('hashchange', onHash);
    };
  }, [store, onOpen]);
}
