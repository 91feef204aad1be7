/**
 * The setup every browser test file shares: dist/ served from the sub-folder and one Chromium
 * with a fresh profile, started before the file's tests and closed after them, and a way to
 * open the game in a new tab.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, skipFirstRunGuide, watchErrors, type Browser } from './browser';
import { DIST, PREFIX, assertBuilt } from './dist';
import { serveDirectory, type RunningServer } from './server';

export interface Site {
  readonly server: RunningServer;
  readonly browser: Browser;
  /** The game's address, e.g. http://127.0.0.1:40123/games/tripebble/ */
  readonly base: string;
  /** Opens `url` in a new tab that records its errors, and waits for a board to be drawn. */
  open(url: string): Promise<{ page: Page; errors: string[] }>;
}

/**
 * Registers the hooks; the returned function gives the running site inside tests and later hooks.
 * Pages are a returning player's (no first-run guide) unless `firstVisit`.
 */
export function useSite(options: { readonly firstVisit?: boolean } = {}): () => Site {
  let site: Site | null = null;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    assertBuilt();
    server = await serveDirectory(DIST, PREFIX);
    browser = await launchBrowser();
    const { context } = browser;
    if (!options.firstVisit) await skipFirstRunGuide(context);
    site = {
      server,
      browser,
      base: `${server.origin}${PREFIX}`,
      async open(url) {
        const page = await context.newPage();
        const errors = watchErrors(page);
        await page.goto(url);
        await page.locator('[data-pos]').first().waitFor();
        return { page, errors };
      },
    };
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return () => {
    if (!site) throw new Error('the site is not running: useSite() must be called at the top of the test file');
    return site;
  };
}
