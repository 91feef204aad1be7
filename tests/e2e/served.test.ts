/**
 * The built game as `tripebble serve` serves it, in a real Chromium, under the server's own
 * strict CSP: the app with its module worker and service worker, the embed example on the same
 * origin, and embed.js loaded by a page on another origin. Nothing may trip the policy.
 */
import { describe, expect, it } from 'vitest';
import { EXAMPLE_BOARD } from '../../src/engine';
import { hint, par } from './helpers/play';
import { servePages } from './helpers/server';
import { useServedSite, violations } from './helpers/served';

const site = useServedSite();

describe('the game served by tripebble serve', () => {
  it('plays under the server’s CSP: module worker, hints, service worker', async () => {
    const { page, errors } = await site().open(`${site().base}#plates=${EXAMPLE_BOARD.plates}&pebbles=${EXAMPLE_BOARD.pebbles}`);
    const csp = (await page.request.get(site().base)).headers()['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(await par(page)).toBe(16);
    expect([3, 4, 10]).toContain(await hint(page));
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(site().base);
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('runs the embed example on the same origin', async () => {
    const { page, errors } = await site().open(`${site().base}embed-example.html`);
    expect(await par(page.locator('tripebble-board').first())).toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lets a page on another origin embed a board from it', async () => {
    const host = await servePages({
      '/': {
        type: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<script src="${site().base}embed.js" defer></script></head>
<body><tripebble-board plates="${EXAMPLE_BOARD.plates}" pebbles="${EXAMPLE_BOARD.pebbles}" controls="hint"></tripebble-board></body></html>`,
        headers: {
          'content-security-policy': `default-src 'none'; script-src ${site().server.origin}; worker-src blob:; style-src 'self' ${site().server.origin}`,
        },
      },
    });
    try {
      const { page, errors } = await site().open(`${host.origin}/`);
      const board = page.locator('tripebble-board');
      expect(await par(board)).toBe(16);
      expect([3, 4, 10]).toContain(await hint(board));
      expect(await violations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await host.close();
    }
  });
});
