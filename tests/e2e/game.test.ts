/**
 * The game in a real Chromium, as a player meets it (issue 3): dist/ served from a sub-folder,
 * a shared link, clicks, undo, hints to a win at par, a responsive page during a hard hint,
 * axe-core, and a malformed link. Talks to the page only through the stable test hooks.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EXAMPLE_BOARD } from '../../src/engine';
import { solve } from '../../src/solver';
import { launchBrowser, watchErrors, type Browser } from './helpers/browser';
import { DIST, PREFIX, assertBuilt, hardestBoard, shareLink } from './helpers/dist';
import { serveDirectory, type RunningServer } from './helpers/server';
import { hint, hole, moves, par, play, positions, press, solveWithHints, waitFor } from './helpers/play';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server: RunningServer;
let browser: Browser;
let base: string;

beforeAll(async () => {
  assertBuilt();
  server = await serveDirectory(DIST, PREFIX);
  base = `${server.origin}${PREFIX}`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  await page.goto(url);
  await page.locator('[data-pos]').first().waitFor();
  return { page, errors };
}

describe('the game from a shared link', () => {
  it('plays, undoes, and follows hints to a win in par moves', async () => {
    const { page, errors } = await open(shareLink(base, EXAMPLE_BOARD));
    expect(await positions(page)).toBe(15);
    expect(await hole(page)).toBe(0);
    expect(await par(page)).toBe(16);

    await play(page, 3);
    expect(await hole(page)).toBe(3);
    await press(page, 'Undo');
    await waitFor(() => moves(page), (m) => m === 0, 'undo to reset the moves');
    expect(await hole(page)).toBe(0);

    const line = await solveWithHints(page);
    expect(line.length).toBe(16);
    expect(await moves(page)).toBe(16);
    await expect.poll(() => page.locator('[data-testid="win"]').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the main thread free (no task over 50 ms) while a hard hint is computed', async () => {
    const board = hardestBoard();
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.addInitScript(() => {
      const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(shareLink(base, board));
    await page.locator('[data-pos]').first().waitFor();
    // Ask at once, while the fresh worker is still starting up and working out the par; the
    // two frames let the first render's own work finish before the window opens.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const start = await page.evaluate(() => performance.now());
    const hinted = await hint(page, 60_000);
    const end = await page.evaluate(() => performance.now());
    const long = await page.evaluate(
      ([from, to]) =>
        (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks.filter(
          (t) => t.start + t.duration >= from! && t.start <= to!,
        ),
      [start, end],
    );
    expect(solve(board).hints).toContain(hinted);
    expect(long, `main-thread tasks over 50 ms during a ${Math.round(end - start)} ms hint`).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('has no axe-core violations', async () => {
    const { page } = await open(shareLink(base, EXAMPLE_BOARD));
    await par(page);
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(c: Document): Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
      const result = await axe.run(document);
      return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
    });
    expect(violations).toEqual([]);
    await page.close();
  });

  it('explains a malformed link and falls back to a default board', async () => {
    const { page, errors } = await open(`${base}#plates=WCBRBOGYGPCORP1&pebbles=-PCBRYOGYGBCORP`);
    const explained = page.locator('[role="alert"], [role="status"], [data-testid="message"]').filter({ hasText: /plates code has '1' at position 14/ });
    await expect.poll(() => explained.count()).toBeGreaterThan(0);
    expect(await positions(page)).toBe(15);
    expect(await hole(page)).toBeGreaterThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works from the site root as well as from a sub-folder', async () => {
    const root = await serveDirectory(DIST, '/');
    try {
      const { page, errors } = await open(shareLink(`${root.origin}/`, EXAMPLE_BOARD));
      expect(await par(page)).toBe(16);
      await play(page, 3);
      expect(await hint(page)).toBeGreaterThanOrEqual(0);
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await root.close();
    }
  });
});
