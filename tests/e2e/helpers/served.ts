/**
 * The built game served by `tripebble serve` itself (in-process, 127.0.0.1, a fresh SQLite file,
 * rate limits off) with one Chromium, for browser tests of the game together with its API.
 * Every page it opens records its CSP violations in `window.__violations` from the first script on.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { SERVE_DEFAULTS } from '../../../src/server/args';
import type { RunningServer } from '../../../src/server/serve';
import { startServer } from '../../../src/server/serve';
import { launchBrowser, skipFirstRunGuide, watchErrors, type Browser } from './browser';
import { DIST, assertBuilt } from './dist';

export interface ServedSite {
  readonly server: RunningServer;
  readonly browser: Browser;
  /** The game's address, e.g. http://127.0.0.1:40123/ */
  readonly base: string;
  /** Opens `url` in a new tab that records errors and CSP violations, and waits for a board. */
  open(url: string): Promise<{ page: Page; errors: string[] }>;
}

/** The CSP violations a page recorded (directive and blocked URL). */
export function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

export function useServedSite(): () => ServedSite {
  let site: ServedSite | null = null;
  let dir: string | undefined;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    assertBuilt();
    dir = mkdtempSync(join(tmpdir(), 'tripebble-served-'));
    server = await startServer({ ...SERVE_DEFAULTS, port: 0, db: join(dir, 'e2e.db'), rateLimit: 0 }, {}, DIST);
    browser = await launchBrowser();
    const { context } = browser;
    await skipFirstRunGuide(context);
    await context.addInitScript(() => {
      const list: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = list;
      document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    site = {
      server,
      browser,
      base: `${server.origin}/`,
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
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    if (!site) throw new Error('the served site is not running: useServedSite() must be called at the top of the test file');
    return site;
  };
}
