/**
 * Keeps the page's URL hash and title in step with the board being played (a level, the daily
 * board, or the board's codes) and opens boards from links followed later. A malformed link shows what
 * is wrong and leaves the current board in place, and the address goes back to naming that board.
 */
import { useEffect } from 'react';
import type { BoardSource, GameStore } from '../../store';
import { boardLink, readLink } from '../../store';
import type { Board } from '../../engine';

/** What is being played, in words: a level, the daily board, a random or a custom board. */
export function titleOf(source: BoardSource): string {
  switch (source.kind) {
    case 'level':
      return `Level ${source.id}`;
    case 'daily':
      return `Daily board · ${source.date}`;
    case 'random':
      return `Random ${source.difficulty} board`;
    case 'custom':
      return 'Custom board';
  }
}

export function hashFor(source: BoardSource, start: Board): string {
  if (source.kind === 'level') return `#level=${source.id}`;
  // Dated, so a friend who opens the link another day gets the same board.
  if (source.kind === 'daily') return `#daily=${source.date}`;
  return boardLink(start);
}

/** Opens what a link names; returns false (with a message) when it names nothing valid. */
function openLink(store: GameStore, hash: string): boolean {
  const target = readLink(hash);
  const game = store.getState();
  if (target.kind === 'board') game.newGame(target.board, { kind: 'custom' });
  else if (target.kind === 'level') game.loadLevel(target.id);
  else if (target.kind === 'daily') void game.loadDaily(target.day ?? undefined);
  else if (target.kind === 'invalid') game.say(`This link's board could not be opened: ${target.error}.`, 'error');
  return target.kind !== 'invalid' && target.kind !== 'none';
}

export function useHashLink(store: GameStore, onOpen: () => void): void {
  useEffect(() => {
    const write = (): void => {
      const { source, start } = store.getState();
      const hash = hashFor(source, start);
      document.title = `${titleOf(source)} · tripebble`;
      try {
        if (location.hash !== hash) history.replaceState(null, '', hash);
      } catch {
        /* a sandboxed page may refuse history changes: the game works without them */
      }
    };
    write();
    const unsubscribe = store.subscribe((state, before) => {
      if (state.start !== before.start || state.source !== before.source) write();
    });
    const onHash = (): void => {
      // Already the board being played: our own write-back of the address, not a new link.
      const { source, start } = store.getState();
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
