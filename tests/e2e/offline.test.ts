/**
 * Offline play (issue 4): after one visit the service worker has the app, its worker, embed.js
 * and the embed example cached; with the network gone, the app and the embed page still load
 * from the sub-folder and a board can be played, hint included.
 */
import { describe, expect, it } from 'vitest';
import { EXAMPLE_BOARD, MOVE_TABLE } from '../../src/engine';
import { shareLink } from './helpers/dist';
import { useSite } from './helpers/site';
import { hint, hole, play, positions } from './helpers/play';

const site = useSite();

describe('offline after the first visit', () => {
  it('reloads the app and the embed example offline and plays', async () => {
    const { browser, base, open } = site();
    const { page, errors } = await open(shareLink(base, EXAMPLE_BOARD));
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(base);
    // The worker is active, so everything is precached; it controls pages (clientsClaim) soon.
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await browser.context.setOffline(true);
    await page.reload();
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
