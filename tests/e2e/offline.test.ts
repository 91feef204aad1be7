/**
 * Offline play (issue 4): after one visit the service worker has the app and its worker
 * precached, and the embed files cached as the example page used them; with the network gone,
 * the app and the embed page still load from the sub-folder and a board can be played, hint
 * included. The first visit precaches only what the app uses (no embed files, no large icons).
 */
import { describe, expect, it } from 'vitest';
import { EXAMPLE_BOARD, MOVE_TABLE } from '../../src/engine';
import { shareLink } from './helpers/dist';
import { useSite } from './helpers/site';
import { hint, hole, par, play, positions } from './helpers/play';

const site = useSite();

describe('offline after the first visit', () => {
  it('reloads the app and the embed example offline and plays', async () => {
    const { browser, base, open } = site();
    const { page, errors } = await open(shareLink(base, EXAMPLE_BOARD));
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(base);
    // The worker is active, so everything is precached; it controls pages (clientsClaim) soon.
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    const precached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
      return urls;
    });
    expect(precached.some((url) => url.includes('/assets/'))).toBe(true);
    expect(precached.filter((url) => /\/embed[^/]*$|icon-512|maskable/.test(url))).toEqual([]);

    // The embed example, online once: its files are cached as it uses them.
    await page.goto(`${base}embed-example.html`);
    const online = page.locator('tripebble-board').first();
    await online.locator('[data-pos]').first().waitFor();
    await par(online);

    await browser.context.setOffline(true);
    await page.goto(shareLink(base, EXAMPLE_BOARD));
    await page.locator('[data-pos]').first().waitFor();
    expect(await positions(page)).toBe(15);
    await play(page, 3);
    expect(await hole(page)).toBe(3);
    expect(await hint(page)).toBeGreaterThanOrEqual(0);

    await page.goto(`${base}embed-example.html`);
    const board = page.locator('tripebble-board').first();
    await board.locator('[data-pos]').first().waitFor();
    // The example's first board is the one just played in the app: its game goes on here.
    expect(await hole(board)).toBe(3);
    const next = MOVE_TABLE[3]![0]!;
    await play(board, next);
    expect(await hole(board)).toBe(next);
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
    await page.close();
  });
});
