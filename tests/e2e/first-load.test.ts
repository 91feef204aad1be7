/**
 * The first visit's load in a real Chromium: the board the build prerendered into index.html is
 * the one the player keeps (the app hydrates it rather than drawing it again, which a hydration
 * mismatch would force) and the page reports no error; nothing on it moves while it loads, even
 * on a slow phone whose parser paints before it has read the whole page; and what the first
 * seconds do without (the solver's worker on a level, the service worker) waits for the
 * player's first press or for the page to settle. Speed itself is measured by
 * `npm run bench:lighthouse`.
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

  it('moves nothing while a slow phone loads it', async () => {
    const page = await site().browser.context.newPage();
    await page.setViewportSize({ width: 412, height: 823 });
    // A slow phone's parser yields halfway through the page: a paint then showed the board
    // without the buttons below it, and moved it 47 px up when they arrived.
    const cdp = await site().browser.context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: string[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const shift of list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node }[] })[]) {
          w.shifts.push(`${shift.value.toFixed(4)}: ${(shift.sources ?? []).map((s) => s.node?.nodeName).join(', ')}`);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(site().base);
    await page.getByRole('dialog').getByRole('group').waitFor();
    expect(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).toEqual([]);
    await page.close();
  });

  it('starts the solver at the first press and the service worker once the page has settled', async () => {
    const page = await site().browser.context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const solverLoads = () => requested.filter((path) => /\/assets\/client-[^/]*\.js$/.test(path));
    await page.goto(site().base);
    const guide = page.getByRole('dialog');
    await guide.getByRole('group').waitFor();
    await page.waitForLoadState('load');
    // Loaded, hydrated, the guide open: level 1's par is known, so nothing needs the solver yet.
    expect(solverLoads()).toEqual([]);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) === undefined)).toBe(true);

    await guide.getByRole('button', { name: 'Skip' }).click();
    await expect.poll(solverLoads).toHaveLength(1);
    // Registered on this first visit, a few seconds after its load.
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(site().base);
    await page.close();
  });
});
