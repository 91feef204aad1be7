/**
 * <tripebble-board> on someone else's page (issue 4): dist/ on one origin, a plain host page
 * with a strict CSP on another, two boards plus a broken one. Checks play, hints to a win, the
 * DOM events, error isolation, attribute changes, and that nothing trips the host's CSP.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EXAMPLE_BOARD, legalMoves } from '../../src/engine';
import { LEVELS } from '../../src/levels';
import { axeViolations, watchErrors } from './helpers/browser';
import { DIST, PREFIX, boardAtDistance } from './helpers/dist';
import { hostEvents, hostScript, strictCsp, type HostEvent } from './helpers/host';
import { servePages, type RunningServer } from './helpers/server';
import { useSite } from './helpers/site';
import { hole, moves, par, play, positions, solveWithHints, waitFor } from './helpers/play';

const QUICK = boardAtDistance(4);
const HOSTILE = '<img src=x onerror="window.__pwned=1">';

// Host styles that would wreck any board drawn in the page's own DOM: the shadow root keeps
// them out, and the tests below click through them.
const HOST_CSS = `
svg, g, button, circle { display: none !important; }
body * { pointer-events: none; font-size: 4px; line-height: 0.5; letter-spacing: 1em; color: red; text-align: right; }
main { width: 640px; }
`;

function hostPage(embedUrl: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A host page</title>
<link rel="stylesheet" href="/host.css">
<script src="/host.js"></script>
<script src="${embedUrl}" defer></script>
</head><body><main>
<h1>Somebody's blog post</h1>
<tripebble-board id="one" plates="${EXAMPLE_BOARD.plates}" pebbles="${EXAMPLE_BOARD.pebbles}" controls="hint undo restart"></tripebble-board>
<tripebble-board id="two" plates="${QUICK.plates}" pebbles="${QUICK.pebbles}" hints="on"></tripebble-board>
<tripebble-board id="bad" plates="${EXAMPLE_BOARD.plates}" pebbles='${HOSTILE}'></tripebble-board>
</main></body></html>`;
}

const site = useSite();
let host: RunningServer;
let page: Page;
let errors: string[];

/** The board events the host page's script heard, on the strict-CSP page or `on` another. */
const events = (on: Page = page): Promise<HostEvent[]> => hostEvents(on);

beforeAll(async () => {
  const dist = site().server;
  const csp = strictCsp(dist.origin);
  host = await servePages({
    '/index.html': {
      type: 'text/html; charset=utf-8',
      body: hostPage(`${dist.origin}${PREFIX}embed.js`),
      headers: { 'content-security-policy': csp },
    },
    '/host.js': hostScript,
    '/host.css': { type: 'text/css', body: HOST_CSS },
    // The same page under a policy that forgot `worker-src blob:`: no solver for its boards.
    '/no-worker.html': {
      type: 'text/html; charset=utf-8',
      body: hostPage(`${dist.origin}${PREFIX}embed.js`),
      headers: { 'content-security-policy': `default-src 'none'; script-src 'self' ${dist.origin}; style-src 'self' ${dist.origin}` },
    },
  });
  expect(new URL(host.origin).port).not.toBe(new URL(dist.origin).port);
  page = await site().browser.context.newPage();
  errors = watchErrors(page);
  await page.goto(`${host.origin}/index.html`);
});

afterAll(async () => {
  await host?.close();
});

describe('two boards and a broken one on a strict-CSP host page', () => {
  it('renders each board in an open shadow root with the test hooks', async () => {
    const one = page.locator('#one');
    const two = page.locator('#two');
    await one.locator('[data-pos]').first().waitFor();
    await two.locator('[data-pos]').first().waitFor();
    expect(await positions(one)).toBe(15);
    expect(await positions(two)).toBe(15);
    expect(await page.evaluate(() => document.querySelector('#one')?.shadowRoot?.mode)).toBe('open');
    expect(await hole(one)).toBe(0);
  });

  it('sizes each board to its container', async () => {
    const width = (id: string) =>
      page.evaluate((sel) => {
        const el = document.querySelector(sel)!;
        const svg = el.shadowRoot!.querySelector('svg')!;
        return { element: el.getBoundingClientRect().width, board: svg.getBoundingClientRect().width };
      }, id);
    const wide = await width('#one');
    expect(wide.element).toBe(640);
    expect(wide.board).toBeGreaterThan(300);
    expect(wide.board).toBeLessThanOrEqual(640);
    await page.evaluate(() => document.querySelector('main')!.style.setProperty('width', '300px'));
    const narrow = await width('#one');
    expect(narrow.element).toBe(300);
    expect(narrow.board).toBeLessThanOrEqual(300);
    expect(narrow.board).toBeGreaterThan(200);
    await page.evaluate(() => document.querySelector('main')!.style.removeProperty('width'));
  });

  it('shows the invalid board as a readable error, as text, with an error event', async () => {
    const bad = page.locator('#bad');
    await expect.poll(() => bad.getByRole('alert').textContent()).toMatch(/pebbles/i);
    expect(await page.evaluate(() => document.querySelector('#bad')?.shadowRoot?.querySelector('img'))).toBeNull();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const errorEvents = (await events()).filter((e) => e.type === 'error');
    expect(errorEvents).toHaveLength(1);
    expect(errorEvents[0]!.id).toBe('bad');
    expect(String(errorEvents[0]!.detail.message)).toMatch(/pebbles/i);
  });

  it('plays a move on one board and tells the host', async () => {
    const one = page.locator('#one');
    const move = legalMoves(EXAMPLE_BOARD)[0]!;
    await play(one, move);
    expect(await hole(one)).toBe(move);
    expect(await moves(page.locator('#two'))).toBe(0);
    await waitFor(events, (list) => list.some((e) => e.type === 'move'), 'a move event');
    expect((await events()).filter((e) => e.type === 'move')).toEqual([{ id: 'one', type: 'move', detail: { move, moves: 1 } }]);
  });

  it('solves the other board with hints and reports solved with moves and par', async () => {
    const two = page.locator('#two');
    expect(await par(two)).toBe(QUICK.distance);
    const line = await solveWithHints(two);
    expect(line).toHaveLength(QUICK.distance);
    const solved = await waitFor(events, (list) => list.some((e) => e.type === 'solved'), 'a solved event');
    expect(solved.filter((e) => e.type === 'solved')).toEqual([
      { id: 'two', type: 'solved', detail: { moves: QUICK.distance, par: QUICK.distance } },
    ]);
    expect(solved.filter((e) => e.type === 'move' && e.id === 'two')).toHaveLength(QUICK.distance);
  });

  it('re-renders when attributes change, and recovers from an invalid value', async () => {
    await page.evaluate(() => document.querySelector('#bad')!.setAttribute('pebbles', '-PCBRYOGYGBCORP'));
    const bad = page.locator('#bad');
    await bad.locator('[data-pos]').first().waitFor();
    // The same board as #one, which saved a move: boards on one page share a board's saved game.
    expect(await hole(bad)).toBe(legalMoves(EXAMPLE_BOARD)[0]);
    expect(await bad.getByRole('alert').count()).toBe(0);

    await page.evaluate(() => {
      const el = document.querySelector('#bad')!;
      el.removeAttribute('plates');
      el.removeAttribute('pebbles');
      el.setAttribute('level', '1');
    });
    const level = LEVELS.find((l) => l.id === 1)!;
    await expect.poll(() => bad.locator(`[data-hole="true"][data-pos="${level.pebbles.indexOf('-')}"]`).count()).toBe(1);
    expect(await par(bad)).toBe(level.par);

    await page.evaluate(() => document.querySelector('#one')!.setAttribute('hints', 'maybe'));
    await expect.poll(() => page.locator('#one').getByRole('alert').textContent()).toMatch(/hints/);
    await page.evaluate(() => document.querySelector('#one')!.setAttribute('hints', 'off'));
    await page.locator('#one [data-pos]').first().waitFor();
  });

  it('has no axe-core violations inside the boards', async () => {
    const violations = await axeViolations(page, ['#one', '#two', '#bad']);
    expect(violations).toEqual([]);
  });

  it('never tripped the CSP or threw', async () => {
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('a host whose CSP blocks the worker', () => {
  it('keeps the page and the boards alive and reports the problem as an error event', async () => {
    const blocked = await site().browser.context.newPage();
    const thrown: string[] = [];
    blocked.on('pageerror', (error) => thrown.push(error.message));
    await blocked.goto(`${host.origin}/no-worker.html`);
    const one = blocked.locator('#one');
    await one.locator('[data-pos]').first().waitFor();
    await play(one, legalMoves(EXAMPLE_BOARD)[0]!);
    const list = await waitFor(
      () => events(blocked),
      (l) => l.some((e) => e.type === 'error' && e.id !== 'bad'),
      'an error event from a board without its worker',
    );
    expect(list.filter((e) => e.type === 'error' && e.id !== 'bad')[0]!.detail.message).toEqual(expect.any(String));
    expect(thrown).toEqual([]);
    await blocked.close();
  });
});

describe('a host where the script embed.js loads after its boards never comes (offline, blocked)', () => {
  it('still says why a pebble cannot move, speaks the moves and says the puzzle helper is not responding', async () => {
    const cut = await site().browser.context.newPage();
    const thrown: string[] = [];
    cut.on('pageerror', (error) => thrown.push(error.message));
    await cut.route('**/embed-solver-*.js', (route) => route.abort());
    await cut.goto(`${host.origin}/index.html`);
    const one = cut.locator('#one');
    await one.locator('[data-pos]').first().waitFor();
    const message = one.getByTestId('message');
    await one.locator('[data-pos="7"]').click();
    await expect.poll(() => message.textContent()).toBe('That pebble is not on a straight line with the hole.');
    await play(one, legalMoves(EXAMPLE_BOARD)[0]!);
    await expect.poll(() => one.getByTestId('announcement').textContent()).toMatch(/pebble from .* matched\./);
    await expect.poll(() => message.textContent(), { timeout: 10_000 }).toMatch(/puzzle helper is not responding/);
    expect(thrown).toEqual([]);
    await cut.close();
  });
});

describe('the example page in the built site', () => {
  it("loads its event logger before embed.js, so it hears a board's first error", () => {
    const html = readFileSync(`${DIST}embed-example.html`, 'utf8');
    const logger = html.indexOf('src="embed-example.js"');
    expect(logger).toBeGreaterThan(0);
    expect(logger).toBeLessThan(html.indexOf('src="embed.js"'));
  });
});
