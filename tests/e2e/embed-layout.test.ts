/**
 * Embedded boards fit the box the host page gives them and ignore the page's styles (issue 10,
 * its layout): on a host page of another origin under a strict CSP, boards in 420×420, 300×300
 * and 260×520 boxes and in columns given a width alone (down to 240 px) draw every plate and
 * every button inside the element; the host's root font size (1px, 100px) leaves the board's size
 * as it was, and `direction: rtl` on the host changes nothing inside.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EXAMPLE_BOARD } from '../../src/engine';
import { watchErrors } from './helpers/browser';
import { PREFIX } from './helpers/dist';
import { servePages, type RunningServer } from './helpers/server';
import { useSite } from './helpers/site';

const BOXES: Record<string, string> = {
  'box-420': 'width: 420px; height: 420px',
  'box-300': 'width: 300px; height: 300px',
  'box-260x520': 'width: 260px; height: 520px',
  'column-640': 'width: 640px',
  'column-300': 'width: 300px',
  'column-240': 'width: 240px',
};

function hostPage(embedUrl: string, rootCss: string): string {
  const boards = Object.keys(BOXES)
    .map((id) => `<tripebble-board id="${id}" plates="${EXAMPLE_BOARD.plates}" pebbles="${EXAMPLE_BOARD.pebbles}"></tripebble-board>`)
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Boards in boxes</title>
<link rel="stylesheet" href="/host.css?root=${encodeURIComponent(rootCss)}">
<script src="${embedUrl}" defer></script>
</head><body>${boards}</body></html>`;
}

function hostCss(rootCss: string): string {
  const boxes = Object.entries(BOXES).map(([id, size]) => `#${id} { display: block; ${size}; margin-bottom: 40px; }`);
  return `html { ${rootCss} } body { margin: 0; line-height: 3; letter-spacing: 0.3em; }\n${boxes.join('\n')}`;
}

const site = useSite();
let host: RunningServer;

beforeAll(async () => {
  const dist = site().server;
  const csp = [
    "default-src 'none'",
    `script-src 'self' ${dist.origin}`,
    `worker-src ${dist.origin} blob:`,
    `style-src 'self' ${dist.origin}`,
  ].join('; ');
  const pages: Parameters<typeof servePages>[0] = {};
  for (const [name, rootCss] of Object.entries({
    plain: '',
    'font-1': 'font-size: 1px',
    'font-100': 'font-size: 100px',
    rtl: 'direction: rtl',
  })) {
    pages[`/${name}.html`] = {
      type: 'text/html; charset=utf-8',
      body: hostPage(`${dist.origin}${PREFIX}embed.js`, rootCss),
      headers: { 'content-security-policy': csp },
    };
  }
  host = await servePages(pages);
});

afterAll(async () => {
  await host?.close();
});

/** The host's stylesheet for a page: served by path, whatever the query (the page's root CSS is in it). */
async function open(name: string): Promise<{ page: Page; errors: string[] }> {
  const page = await site().browser.context.newPage();
  const errors = watchErrors(page);
  await page.route('**/host.css*', (route) => {
    const rootCss = new URL(route.request().url()).searchParams.get('root') ?? '';
    return route.fulfill({ contentType: 'text/css', body: hostCss(rootCss) });
  });
  await page.setViewportSize({ width: 1024, height: 900 });
  await page.goto(`${host.origin}/${name}.html`);
  for (const id of Object.keys(BOXES)) await page.locator(`#${id} [data-pos]`).first().waitFor();
  // The stylesheet has loaded in every board once every board is visible.
  await page.waitForFunction(() =>
    [...document.querySelectorAll('tripebble-board')].every((b) => b.shadowRoot?.querySelector('link[data-ready]')),
  );
  return { page, errors };
}

/** What lies outside board `id`'s element: plates and buttons, by name. */
function outside(page: Page, id: string): Promise<string[]> {
  return page.evaluate((id) => {
    const el = document.getElementById(id)!;
    const box = el.getBoundingClientRect();
    const out: string[] = [];
    const parts = [...el.shadowRoot!.querySelectorAll('[data-pos] .tp-plate, button')];
    if (parts.length < 15 + 7) out.push(`only ${parts.length} parts`);
    for (const part of parts) {
      const r = part.getBoundingClientRect();
      const name = part.localName === 'button' ? `button ${part.textContent}` : `plate ${part.parentElement!.getAttribute('data-pos')}`;
      if (r.width === 0 || r.left < box.left - 0.5 || r.top < box.top - 0.5 || r.right > box.right + 0.5 || r.bottom > box.bottom + 0.5) {
        out.push(
          `${name} at ${Math.round(r.left - box.left)},${Math.round(r.top - box.top)}–${Math.round(r.right - box.left)},${Math.round(r.bottom - box.top)} of ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
      }
    }
    return out;
  }, id);
}

/** The board's width, the element's height, and the reading order of the status numbers and buttons (by rows). */
function shape(page: Page, id: string) {
  return page.evaluate((id) => {
    const root = document.getElementById(id)!.shadowRoot!;
    const at = (el: Element) => el.getBoundingClientRect();
    const byX = (selector: string) =>
      [...root.querySelectorAll(selector)]
        .sort((a, b) => Math.round(at(a).top) - Math.round(at(b).top) || at(a).left - at(b).left)
        .map((el) => el.textContent);
    return {
      board: root.querySelector('svg.tp-board')!.getBoundingClientRect().width,
      element: document.getElementById(id)!.getBoundingClientRect().height,
      status: byX('.tp-status dt'),
      buttons: byX('.tp-controls button'),
      leftOfRow:
        root.querySelector('[data-pos="1"]')!.getBoundingClientRect().left <
        root.querySelector('[data-pos="2"]')!.getBoundingClientRect().left,
    };
  }, id);
}

describe('boards in the boxes a host gives them', () => {
  it.each(Object.keys(BOXES))('draws every plate and button inside %s', async (id) => {
    const { page, errors } = await open('plain');
    expect(await outside(page, id)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lets the height follow the width in a column, and fills a box it is given', async () => {
    const { page } = await open('plain');
    const column = await shape(page, 'column-640');
    const narrow = await shape(page, 'column-240');
    expect(column.board).toBeGreaterThan(400);
    expect(narrow.board).toBeGreaterThan(200);
    // A width-only column is as tall as its content: the board, not an empty box under it.
    expect(column.element).toBeLessThan(column.board + 260);
    const box = await shape(page, 'box-420');
    expect(box.board).toBeGreaterThan(200);
    await page.close();
  });
});

describe('immune to the host page', () => {
  it.each(['font-1', 'font-100'])('keeps its size under the host’s %s root font size', async (name) => {
    const plain = await open('plain');
    const changed = await open(name);
    for (const id of Object.keys(BOXES)) {
      const [a, b] = [await shape(plain.page, id), await shape(changed.page, id)];
      expect(Math.abs(b.board - a.board) / a.board, `${id}: ${a.board} vs ${b.board}`).toBeLessThanOrEqual(0.05);
      expect(Math.abs(b.element - a.element) / a.element, `${id} height`).toBeLessThanOrEqual(0.05);
    }
    expect(changed.errors).toEqual([]);
    await plain.page.close();
    await changed.page.close();
  });

  it('keeps its order and direction on a right-to-left host page', async () => {
    const plain = await open('plain');
    const rtl = await open('rtl');
    for (const id of ['box-420', 'column-300']) {
      const [a, b] = [await shape(plain.page, id), await shape(rtl.page, id)];
      expect(b).toEqual(a);
      expect(b.leftOfRow).toBe(true);
      expect(b.buttons[0]).toBe('Hint');
    }
    await plain.page.close();
    await rtl.page.close();
  });
});
