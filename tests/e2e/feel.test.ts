/**
 * How the app feels in a real Chromium (issue 11): the first-run guide shown once; the leap drawn
 * above the pebbles it leaps, the move drawn when it lands and not before (the guide's too); the
 * whole board and the Hint button on screen on a phone (both ways up), a laptop and a desktop,
 * with a message showing too; buttons that never move when a message appears; the dark theme
 * under the system's dark preference, and the player's choice over it. The page that the build
 * prerendered.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EXAMPLE_BOARD } from '../../src/engine';
import { skipFirstRunGuide, watchErrors } from './helpers/browser';
import { DIST, shareLink } from './helpers/dist';
import { hint, hole, par } from './helpers/play';
import { useSite } from './helpers/site';

// First visits: this file's pages start with no saved data unless a test writes some.
const site = useSite({ firstVisit: true });

async function newPage(width: number, height: number): Promise<{ page: Page; errors: string[] }> {
  const page = await site().browser.context.newPage();
  await page.setViewportSize({ width, height });
  return { page, errors: watchErrors(page) };
}

/** A page of a returning player (the guide seen), on the example board. */
async function returning(width: number, height: number) {
  const { page, errors } = await newPage(width, height);
  await skipFirstRunGuide(page);
  await page.goto(shareLink(site().base, EXAMPLE_BOARD));
  await page.locator('[data-pos]').first().waitFor();
  return { page, errors };
}

describe('the first-run guide', () => {
  it('opens on the first visit only, over a board already drawn by the page itself', async () => {
    const html = readFileSync(`${DIST}index.html`, 'utf8');
    // The first screen is in the HTML: 15 positions and the Hint button, before any script runs.
    expect(html.match(/data-pos="/g)).toHaveLength(15);
    expect(html).toMatch(/<button[^>]*>.*?Hint<\/span><\/button>/);

    const { page, errors } = await newPage(1024, 800);
    await page.goto(site().base);
    const guide = page.getByRole('dialog');
    await guide.waitFor();
    expect(await guide.getByRole('heading').textContent()).toBe('The hole');
    await guide.getByRole('button', { name: 'Skip the guide' }).click();
    await expect.poll(() => guide.count()).toBe(0);
    await page.reload();
    await page.locator('[data-pos]').first().waitFor();
    await par(page);
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('flies its tiny board’s moves like the game’s: the board after a move is drawn when the pebble lands', async () => {
    const { page, errors } = await newPage(1024, 800);
    await page.goto(site().base);
    const guide = page.getByRole('dialog');
    await guide.getByRole('button', { name: 'Next' }).click();
    const holeShown = () => guide.locator('[data-hole]').getAttribute('data-pos');
    const hidden = () =>
      guide.locator('[data-pebble]').evaluateAll((parts) => parts.filter((p) => getComputedStyle(p).visibility === 'hidden').length);
    for (const [tap, title] of [
      [1, 'A leap'],
      [8, 'The goal'],
    ] as const) {
      const hole = await holeShown();
      await guide.locator(`[data-pos="${tap}"]`).click();
      // In flight (held still to look): the board before the move, its pebble lifted off its plate.
      const inFlight = await page.evaluate(() => {
        const flight = document.getAnimations()[0];
        if (!flight) return 'no flight';
        flight.pause();
        const dialog = document.querySelector('dialog')!;
        const seen = {
          hole: dialog.querySelector('[data-hole]')?.getAttribute('data-pos'),
          hidden: [...dialog.querySelectorAll('[data-pebble]')].filter((p) => getComputedStyle(p).visibility === 'hidden').length,
        };
        flight.play();
        return seen;
      });
      expect(inFlight).toEqual({ hole, hidden: 2 });
      await expect.poll(() => page.evaluate(() => document.getAnimations().length)).toBe(0);
      expect(await holeShown()).toBe(String(tap));
      expect(await hidden()).toBe(0);
      expect(await guide.getByRole('heading').textContent()).toBe(title);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the leap', () => {
  it('flies above every pebble it leaps, and the move is drawn when it lands, not before', async () => {
    const { page, errors } = await returning(1024, 800);
    await par(page);
    expect(await hole(page)).toBe(0);
    // Watch the board's drawing: any change but a pebble hidden or shown for the flight counts.
    await page.evaluate(() => {
      const w = window as unknown as { __changes: string[] };
      w.__changes = [];
      new MutationObserver((records) => {
        for (const r of records) if (r.attributeName !== 'style') w.__changes.push(`${r.type} ${r.attributeName ?? ''}`);
      }).observe(document.querySelector('svg.tp-board')!, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    // Position 10 leaps over 6, 3 and 1 into the hole at 0: paused where it passes over 3, the
    // pebble in flight is what lies on top there.
    const over = await page.locator('[data-pos="3"] .tp-plate').boundingBox();
    // The pointer arrives first, and its line to the hole is drawn after a paint: counted from the tap on.
    await page.locator('[data-pos="10"]').hover();
    await expect.poll(() => page.locator('.tp-path').getAttribute('data-from')).toBe('10');
    await page.evaluate(() => ((window as unknown as { __changes: string[] }).__changes = []));
    await page.locator('[data-pos="10"]').click();
    const top = await page.evaluate(
      ({ x, y, radius }) => {
        const layer = document.querySelector<HTMLElement>('.tp-flyer')!;
        const flight = document.getAnimations().find((a) => (a.effect as KeyframeEffect | null)?.target === layer);
        if (!flight) return 'no flight';
        flight.pause();
        let nearest = { at: 0, distance: Infinity };
        for (let at = 0; at <= 300; at += 5) {
          flight.currentTime = at;
          const r = layer.getBoundingClientRect();
          const distance = Math.hypot(r.left + r.width / 2 - x, r.top + r.height / 2 - y);
          if (distance < nearest.distance) nearest = { at, distance };
        }
        if (nearest.distance > radius / 2) return `passes ${Math.round(nearest.distance)} px from 3`;
        flight.currentTime = nearest.at;
        layer.style.pointerEvents = 'auto';
        const hit = document.elementFromPoint(x, y);
        layer.style.pointerEvents = '';
        const w = window as unknown as { __changes: string[]; __during: number };
        w.__during = w.__changes.length;
        flight.play();
        return hit?.closest('.tp-flyer') ? 'flyer' : (hit?.closest('[data-pos]')?.getAttribute('data-pos') ?? hit?.tagName);
      },
      { x: over!.x + over!.width / 2, y: over!.y + over!.height / 2, radius: over!.width / 2 },
    );
    expect(top).toBe('flyer');
    await expect.poll(() => page.evaluate(() => document.getAnimations().length)).toBe(0);
    // Nothing but the lifted pebble's hiding was drawn on the board until it landed; the move was
    // drawn then, in the frame that took the flyer down.
    const changes = await page.evaluate(() => {
      const w = window as unknown as { __changes: string[]; __during: number };
      return { during: w.__during, after: w.__changes.length };
    });
    expect(changes.during).toBe(0);
    expect(changes.after).toBeGreaterThan(0);
    expect(await hole(page)).toBe(10);
    expect(await page.locator('.tp-flyer').evaluate((el) => getComputedStyle(el).opacity)).toBe('0');
    expect(
      await page
        .locator('[data-pebble="0"]')
        .first()
        .evaluate((el) => getComputedStyle(el).visibility),
    ).toBe('visible');
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** Every plate and the Hint button lie inside the window. */
async function allInView(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const inside = (el: Element, what: string) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.left < 0 || r.top < 0 || r.right > innerWidth + 0.5 || r.bottom > innerHeight + 0.5) {
        out.push(`${what} at ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`);
      }
    };
    document.querySelectorAll('[data-pos] .tp-plate').forEach((plate, i) => inside(plate, `plate ${i}`));
    const buttons = [...document.querySelectorAll('.tp-controls button')];
    if (buttons.length === 0) out.push('no buttons');
    buttons.forEach((b) => inside(b, `button ${b.textContent}`));
    return out;
  });
}

describe('every screen', () => {
  const screens: [string, number, number][] = [
    ['a phone', 390, 844],
    ['a small phone', 360, 640],
    ['a phone on its side', 844, 390],
    ['a laptop', 1366, 768],
    ['a desktop', 1920, 1080],
  ];
  it.each(screens)('shows the whole board and every button on %s (%i×%i), with a message too', async (_, width, height) => {
    const { page, errors } = await returning(width, height);
    expect(await allInView(page)).toEqual([]);
    expect(await page.evaluate(() => [scrollX, scrollY, document.scrollingElement!.scrollHeight <= innerHeight])).toEqual([0, 0, true]);
    await hint(page);
    await page.getByTestId('message').waitFor();
    expect(await allInView(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('never moves a button or the board when a message appears or goes', async () => {
    const { page } = await returning(1366, 768);
    await par(page);
    const boxes = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('.tp-controls button, svg.tp-board')].map((el) => {
          const r = el.getBoundingClientRect();
          return [r.left, r.top, r.width, r.height].map((v) => Math.round(v * 10) / 10).join(',');
        }),
      );
    const before = await boxes();
    await hint(page);
    await page.getByTestId('message').waitFor();
    expect(await boxes()).toEqual(before);
    // A refusal is a longer message, with a different tone.
    await page.locator('[data-pos="7"]').click();
    await expect.poll(() => page.getByTestId('message').textContent()).toMatch(/not on a straight line/);
    expect(await boxes()).toEqual(before);
    await page.getByRole('button', { name: 'Dismiss message' }).click();
    await expect.poll(() => page.getByTestId('message').count()).toBe(0);
    expect(await boxes()).toEqual(before);
    await page.close();
  });
});

describe('the dark theme', () => {
  /** Relative luminance of a computed rgb() colour. */
  const luminance = (page: Page, selector: string, property: 'color' | 'background-color' | 'fill') =>
    page
      .locator(selector)
      .first()
      .evaluate((el, prop) => {
        const [r, g, b] = getComputedStyle(el)
          .getPropertyValue(prop)
          .match(/[\d.]+/g)!
          .map(Number)
          .map((v) => v / 255)
          .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      }, property);

  it('follows the system’s dark preference, and the player’s choice over it', async () => {
    const { page, errors } = await newPage(1024, 800);
    await page.emulateMedia({ colorScheme: 'dark' });
    await skipFirstRunGuide(page);
    await page.goto(shareLink(site().base, EXAMPLE_BOARD));
    await page.locator('[data-pos]').first().waitFor();
    expect(await luminance(page, '.tp-app-root', 'background-color')).toBeLessThan(0.05);
    expect(await luminance(page, '.tp-status > div', 'background-color')).toBeLessThan(0.05);
    expect(await luminance(page, '.tp-status dd', 'color')).toBeGreaterThan(0.6);
    expect(await luminance(page, '.tp-frame', 'fill')).toBeLessThan(0.1);

    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByLabel('Light').check();
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.locator('[data-pos]').first().waitFor();
    expect(await luminance(page, '.tp-app-root', 'background-color')).toBeGreaterThan(0.7);
    expect(await luminance(page, '.tp-status dd', 'color')).toBeLessThan(0.05);
    // Kept for the next visit.
    await page.reload();
    await page.locator('[data-pos]').first().waitFor();
    expect(await luminance(page, '.tp-app-root', 'background-color')).toBeGreaterThan(0.7);
    expect(errors).toEqual([]);
    await page.close();
  });
});
