/**
 * The first visit's load in a real Chromium: the board the build prerendered into index.html is
 * the one the player keeps (the app hydrates it rather than drawing it again, which a hydration
 * mismatch would force) and the page reports no error. Speed itself, and layout shifts, are
 * measured by `npm run bench:lighthouse`.
 */
import { describe, expect, it } from 'vitest';
import { watchErrors } from './helpers/browser';
import { useSite } from './helpers/site';

const site = useSite({ firstVisit: true });

describe('the first visit', () => {
  it('hydrates the prerendered board in place, without an error', async () => {
    const page = await site().browser.context.newPage();
    await page.setViewportSize({ width: 412, height: 823 });
    const errors = watchErrors(page);
    await page.addInitScript(() => {
      // Parsed, before any module script has run: the board as the HTML drew it.
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') {
          (window as unknown as { prerenderedBoard?: Element | null }).prerenderedBoard = document.querySelector('svg.tp-board');
        }
      });
    });
    await page.goto(site().base);
    const guide = page.getByRole('dialog');
    await guide.getByRole('group').waitFor();
    const kept = await page.evaluate(() => {
      const prerendered = (window as unknown as { prerenderedBoard?: Element | null }).prerenderedBoard;
      return prerendered != null && document.querySelector('main svg.tp-board') === prerendered;
    });
    expect(kept).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
