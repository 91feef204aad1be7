/**
 * How a move feels in the built app, for `npm run bench:browser`: the app on a board, the CPU
 * slowed down by Chromium (DevTools' Emulation.setCPUThrottlingRate), the moves of a solution
 * clicked one by one; for each, the interaction's duration by Event Timing (its longest event:
 * input delay, handlers and the next paint), the frames the page drew while the pebble flew,
 * counted with requestAnimationFrame against the display's interval, and the longest frame as
 * it lands (where the move is drawn). Measurements only.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { skipFirstRunGuide } from '../tests/e2e/helpers/browser';
import { shareLink } from '../tests/e2e/helpers/dist';

export interface MoveRun {
  /** Each move's interaction duration (ms, Event Timing). */
  readonly interactions: number[];
  /** Frames drawn and frames missed while the pebbles flew, all moves together. */
  readonly frames: number;
  readonly missed: number;
  /**
   * Each move's landing: the longest time between two frames from the end of its flight on
   * (ms), where the move itself is drawn (ui/drawn.ts) — the work a tap's frame no longer does.
   */
  readonly landings: number[];
}

/**
 * Watches Event Timing entries, the last click and animation frames; installed before the page's
 * own scripts. A string, not a function: tsx would wrap the function's inner functions in a
 * helper of its own that the page does not have.
 */
const WATCH = `
window.__events = [];
window.__frames = [];
window.__counting = false;
addEventListener('click', () => { window.__clickAt = performance.now(); }, true);
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) if (e.interactionId) window.__events.push({ id: e.interactionId, duration: e.duration });
}).observe({ type: 'event', buffered: true, durationThreshold: 16 });
function tick(t) {
  if (window.__counting) window.__frames.push(t);
  requestAnimationFrame(tick);
}
requestAnimationFrame(tick);
`;

/** One run: a fresh page, `rate`× slower CPU, every move of `line` clicked in turn. */
export async function measureMoves(
  context: BrowserContext,
  base: string,
  board: { plates: string; pebbles: string },
  line: readonly number[],
  rate: number,
): Promise<MoveRun> {
  const page: Page = await context.newPage();
  await skipFirstRunGuide(page);
  await page.addInitScript(WATCH);
  await page.goto(shareLink(base, board));
  await page.locator('[data-pos]').first().waitFor();
  await page.locator('[data-testid="par"]').filter({ hasText: /\d/ }).waitFor({ timeout: 60_000 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const interactions: number[] = [];
  let frames = 0;
  let missed = 0;
  const landings: number[] = [];
  try {
    for (const [i, pos] of line.entries()) {
      await page.evaluate(() => {
        const w = window as unknown as { __events: unknown[]; __frames: number[]; __counting: boolean };
        w.__events = [];
        w.__frames = [];
        w.__counting = true;
      });
      await page.locator(`[data-pos="${pos}"]`).click();
      await page
        .locator('[data-testid="moves"]')
        .filter({ hasText: new RegExp(`^${i + 1}$`) })
        .waitFor();
      // The flight lasts 300 ms; then the interaction's entries have all arrived.
      await page.waitForFunction(() => document.getAnimations().length === 0);
      await page.waitForTimeout(150);
      const seen = await page.evaluate(() => {
        const w = window as unknown as {
          __events: { id: number; duration: number }[];
          __frames: number[];
          __counting: boolean;
          __clickAt: number;
        };
        w.__counting = false;
        return { events: w.__events, frames: w.__frames, clickAt: w.__clickAt };
      });
      const byId = new Map<number, number>();
      for (const e of seen.events) byId.set(e.id, Math.max(byId.get(e.id) ?? 0, e.duration));
      // A click under 16 ms leaves no entry at all: it counts as 16.
      interactions.push(Math.max(16, ...byId.values()));
      // From the first frame after the click (the move drawn, the flight starting) to its landing.
      const flight = seen.frames.filter((t) => t > seen.clickAt && t <= seen.clickAt + 340);
      const landing = seen.frames.filter((t) => t > seen.clickAt + 250);
      landings.push(Math.max(0, ...landing.slice(1).map((t, f) => t - landing[f]!)));
      for (let f = 1; f < flight.length; f++) {
        const gap = Math.round((flight[f]! - flight[f - 1]!) / (1000 / 60));
        frames += 1;
        missed += Math.max(0, gap - 1);
      }
    }
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await page.close();
  }
  return { interactions, frames, missed, landings };
}
