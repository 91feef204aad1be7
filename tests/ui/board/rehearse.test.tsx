/**
 * The unseen rehearsal of a move (ui/board/rehearse.tsx): one step per idle moment, it draws the
 * spots before and after a move and flies the leap outside the page, then takes them down; the
 * page's markup never changes, and stopping it at any step is safe.
 */
import { act } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXAMPLE_BOARD } from '../../../src/engine';
import { rehearseMove } from '../../../src/ui/board/rehearse';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Idle callbacks held until the test runs them. */
function holdIdle(): IdleRequestCallback[] {
  const idle: IdleRequestCallback[] = [];
  vi.stubGlobal('requestIdleCallback', (step: IdleRequestCallback) => idle.push(step));
  return idle;
}

async function runAll(idle: IdleRequestCallback[], each: () => void = () => undefined): Promise<number> {
  let steps = 0;
  while (idle.length > 0 && steps < 20) {
    const step = idle.shift()!;
    await act(async () => step({ didTimeout: false, timeRemaining: () => 50 }));
    steps += 1;
    each();
  }
  return steps;
}

describe('the rehearsal of a move', () => {
  it('draws a move and its leap unseen at idle moments, then takes them down', async () => {
    const idle = holdIdle();
    document.body.innerHTML = '<main>the page</main>';
    const made = vi.spyOn(document, 'createElementNS');
    const rendered = vi.spyOn(SVGElement.prototype, 'appendChild');
    rehearseMove(EXAMPLE_BOARD, 'default');
    const steps = await runAll(idle, () => expect(document.body.innerHTML).toBe('<main>the page</main>'));
    // The spots before the move, after it, the leap, the taking down.
    expect(steps).toBe(4);
    expect(made.mock.calls.filter(([, name]) => name === 'circle').length).toBeGreaterThan(15);
    expect(rendered).toHaveBeenCalled();
    expect(document.querySelectorAll('[data-pos]')).toHaveLength(0);
  });

  it('stops at any step, and does nothing without idle callbacks', async () => {
    for (let stopAt = 0; stopAt <= 4; stopAt++) {
      const idle = holdIdle();
      const stop = rehearseMove(EXAMPLE_BOARD, 'colour-blind');
      for (let i = 0; i < stopAt && idle.length > 0; i++) {
        const step = idle.shift()!;
        await act(async () => step({ didTimeout: false, timeRemaining: () => 50 }));
      }
      act(() => stop());
      act(() => stop());
      expect(await runAll(idle)).toBeLessThanOrEqual(1);
    }
    vi.stubGlobal('requestIdleCallback', undefined);
    const made = vi.spyOn(document, 'createElementNS');
    rehearseMove(EXAMPLE_BOARD, 'default')();
    expect(made).not.toHaveBeenCalled();
  });
});
