/**
 * Starts Debian's Chromium through playwright-core with a fresh profile, collects page errors
 * so a test can insist there were none, and runs axe-core in a page. Fails loudly (never skips)
 * without a Chromium.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags Chromium runs with here (a fresh --user-data-dir comes on top). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}: the browser tests need one. On Debian/Ubuntu run ` +
        '`apt-get update && apt-get install -y chromium` (or set CHROMIUM_PATH to a Chromium binary).',
    );
  }
  const profile = mkdtempSync(join(tmpdir(), 'tripebble-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1024, height: 900 },
  });
  // Each new tab is a new player: the first page a tab loads clears its origin's localStorage
  // (sessionStorage marks the tab), so a game one test saved never resumes in another; a reload
  // or a later page in the same tab keeps what that test saved.
  await context.addInitScript(() => {
    try {
      if (sessionStorage.getItem('tripebble-e2e-tab')) return;
      sessionStorage.setItem('tripebble-e2e-tab', '1');
      localStorage.clear();
    } catch {
      /* a page whose storage is blocked has nothing to clear */
    }
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Chromium logs every 4xx answer as an error, and two are expected: a missing /favicon.ico, which
 * the browser asks for by itself on a page that names no icon, and a static host's 404 for the
 * leaderboard API (`…/api/…`), which is how the game learns that leaderboards are offline there.
 */
function expectedError(text: string, where: string): boolean {
  const notFound = /status of 404/.test(text);
  return where.endsWith('/favicon.ico') || (notFound && new URL(where, 'http://x/').pathname.includes('/api/'));
}

/** Records uncaught errors and console errors of a page, apart from the expected ones above. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    const where = message.location().url;
    if (message.type() === 'error' && !expectedError(message.text(), where)) errors.push(`console: ${message.text()} (${where})`);
  });
  return errors;
}

/**
 * axe-core's violations in `page` (injected through the DevTools protocol, which a page's CSP
 * does not govern), one line each; only inside the `include` selectors when given.
 */
export async function axeViolations(page: Page, include?: readonly string[]): Promise<string[]> {
  await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async (selectors) => {
    type Result = { violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] };
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<Result> } }).axe;
    // No CSSOM preload: axe would copy a cross-origin stylesheet (an embedded board's) into an
    // inline <style> of its own, which the host page's CSP then reports as the page's doing.
    const result = await axe.run(selectors ? { include: selectors.map((s) => [s]) } : document, { preload: false });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
  }, include ?? null);
}

/**
 * Makes every page of `scope` (a context or one page) a returning player's, who has seen the
 * first-run guide (unless saved data says otherwise), so tests of other things meet the game.
 */
export async function skipFirstRunGuide(scope: BrowserContext | Page): Promise<void> {
  await scope.addInitScript(() => {
    // Version 2's root (store/storage.ts ROOT_KEY): its settings are read in the first load,
    // before any migration of older data could say the guide was seen.
    const key = 'tripebble';
    if (localStorage.getItem(key) !== null) return;
    const settings = { palette: 'default', showAll: false, coach: false, theme: 'system', guideSeen: true };
    localStorage.setItem(key, JSON.stringify({ version: 2, settings }));
  });
}
