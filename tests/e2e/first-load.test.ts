/**
 * The first visit's load in a real Chromium: the board the build prerendered into index.html is
 * the one the player keeps (the app hydrates it rather than drawing it again, which a hydration
 * mismatch would force), nothing on the page shifts while the app, the guide and its tiny board
 * arrive, and the page reports no error. Speed itself is measured by `npm run bench:lighthouse`.
 */
import { describe, expect, it } from 'vitest';
import { watchErrors } from './helpers/browser';
import { useSite } from './helpers/site';

const site = useSite({ firstVisit: true });

describe('the first visit', () => {
  it('hydrates the prerendered board in place, without a layout shift or an error', async () => {
    const page = await site().browser.context.newPage();
    await page.setViewportSize({ width: 412, height: 823 });
    const errors = watchErrors(page);
    await page.addInitScript(() => {
      const seen = window as unknown as { prerenderedBoard?: Element | null; shifts?: number };
      seen.shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) seen.shifts! += (entry as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
      // Parsed, before any module script has run: the board as the HTML drew it.
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') seen.prerenderedBoard = document.querySelector('svg.tp-board');
      });
    });
    await page.goto(site().base);
    const guide = page.getByRole('dialog');
    await guide.getByRole('group').waitFor();
    const { kept, shifts } = await page.evaluate(() => {
      const seen = window as unknown as { prerenderedBoard?: Element | null; shifts?: number };
      return {
        kept: seen.prerenderedBoard != null && document.querySelector('main svg.tp-board') === seen.prerenderedBoard,
        shifts: seen.shifts,
      };
    });
    expect(kept).toBe(true);
    expect(shifts).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
