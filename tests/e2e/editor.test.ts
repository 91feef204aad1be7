/**
 * Custom boards in a real Chromium (issue 12): a board of letters A–G and Z shows eight clearly
 * different plate colours (CIE ΔE2000 ≥ 20, read from the page's computed fills) in every
 * palette, light and dark; a board built in the editor by taps is played to a win at par; the
 * editor fits a phone.
 */
import { differenceCiede2000 } from 'culori';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_BOARD } from '../../src/engine';
import { shareLink } from './helpers/dist';
import { isWon, moves, par, solveWithHints } from './helpers/play';
import { useSite } from './helpers/site';

const site = useSite();
const deltaE = differenceCiede2000();

/** The board: seven letter pairs A–G and an odd Z, none of them a standard colour but B, C and G. */
const LETTERS_BOARD = { plates: 'ZABCDEFGABCDEFG', pebbles: '-GFEDCBAGFEDCBA' };

/** Each plate letter's computed fill on the page. */
async function plateFills(page: Page): Promise<Map<string, string>> {
  const fills = await page.locator('svg.tp-board [data-pos]').evaluateAll((spots) =>
    spots.map((spot) => {
      const plate = spot.querySelector('.tp-plate')!;
      return [spot.getAttribute('data-pos')!, getComputedStyle(plate).fill] as const;
    }),
  );
  return new Map(fills.map(([pos, fill]) => [LETTERS_BOARD.plates[Number(pos)]!, fill]));
}

function closestPair(fills: Map<string, string>): number {
  const list = [...fills.values()];
  let closest = Infinity;
  for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) closest = Math.min(closest, deltaE(list[i]!, list[j]!));
  return closest;
}

describe('boards of any letters', () => {
  it('draws eight clearly different plate colours in every palette, light and dark', async () => {
    const { page, errors } = await site().open(shareLink(site().base, LETTERS_BOARD));
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const palette of ['Standard', 'Colour-blind safe', 'High contrast']) {
        await page.getByRole('button', { name: 'Settings', exact: true }).click();
        await page.getByRole('radio', { name: palette }).check();
        await page.getByRole('button', { name: 'Play', exact: true }).click();
        const fills = await plateFills(page);
        expect(fills.size).toBe(8);
        expect(new Set(fills.values()).size, `${palette}, ${scheme}`).toBe(8);
        expect(closestPair(fills), `${palette}, ${scheme}`).toBeGreaterThanOrEqual(20);
      }
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the editor', () => {
  it('builds a board by taps and plays it to a win at par', async () => {
    const { page, errors } = await site().open(shareLink(site().base, EXAMPLE_BOARD));
    await page.getByRole('button', { name: 'Editor', exact: true }).click();
    const status = page.getByTestId('editor-status');
    await expect.poll(() => status.textContent()).toBe('Valid board. Par: 16 (hard)');
    // Swap two pebbles: cyan onto position 1, purple onto position 2.
    await page.getByRole('radio', { name: 'Cyan (C)' }).check();
    await page.locator('.tp-editor-board [data-pos="1"]').click();
    await expect.poll(() => status.textContent()).toMatch(/^Not a valid board: the colours do not add up/);
    await page.getByRole('radio', { name: 'Purple (P)' }).check();
    await page.locator('.tp-editor-board [data-pos="2"]').click();
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toMatch(/^Valid board\. Par: \d+ \((easy|medium|hard|expert)\)$/);
    const editorPar = Number(/Par: (\d+)/.exec((await status.textContent())!)![1]);

    await page.getByRole('button', { name: 'Play this board' }).click();
    await page.getByRole('heading', { name: 'Custom board' }).waitFor();
    expect(new URL(page.url()).hash).toBe(`#plates=${EXAMPLE_BOARD.plates}&pebbles=-CPBRYOGYGBCORP`);
    expect(await par(page)).toBe(editorPar);
    await solveWithHints(page);
    expect(await isWon(page)).toBe(true);
    expect(await moves(page)).toBe(editorPar);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits its palette and board on a phone screen', async () => {
    const page = await site().browser.context.newPage();
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(shareLink(site().base, EXAMPLE_BOARD));
    await page.getByRole('button', { name: 'Editor', exact: true }).click();
    const parts = page.locator('.tp-swatch, .tp-editor-board');
    await page.locator('.tp-editor-board').waitFor();
    const edges = await parts.evaluateAll((list) => list.map((el) => el.getBoundingClientRect()).map((r) => [r.left, r.right, r.width]));
    expect(edges.length).toBeGreaterThan(8);
    for (const [left, right, width] of edges) {
      expect(left).toBeGreaterThanOrEqual(0);
      expect(right).toBeLessThanOrEqual(375);
      expect(width).toBeGreaterThanOrEqual(44);
    }
    await page.close();
  });
});
