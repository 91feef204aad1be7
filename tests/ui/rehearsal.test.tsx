/**
 * The unseen rehearsal of a move (ui/board/Rehearsal.tsx): one step per idle moment, it draws
 * spots and takes them down outside the page, and changes nothing the player or a test sees:
 * the page's markup, the game, the focus. Once per page; none where there are no idle callbacks.
 */
import { act } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderGame } from '../support/game';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the rehearsal of a move', () => {
  it('draws a move unseen at idle moments, then stops, and a second board does not rehearse again', async () => {
    const idle: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (step: IdleRequestCallback) => idle.push(step));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    const game = await renderGame();
    const markup = document.body.innerHTML;
    const before = game.state().game;
    const made = vi.spyOn(document, 'createElementNS');
    let steps = 0;
    while (idle.length > 0 && steps < 10) {
      const step = idle.shift()!;
      await act(async () => step({ didTimeout: false, timeRemaining: () => 50 }));
      steps += 1;
      expect(document.body.innerHTML).toBe(markup);
      expect(document.querySelectorAll('[data-pos]')).toHaveLength(15);
    }
    // Work out the move, draw before and after it, take it down.
    expect(steps).toBe(4);
    expect(made.mock.calls.some(([, name]) => name === 'circle')).toBe(true);
    expect(game.state().game).toBe(before);
    expect(game.moves()).toBe(0);

    game.view.unmount();
    await renderGame();
    expect(idle).toHaveLength(0);
  });
});
