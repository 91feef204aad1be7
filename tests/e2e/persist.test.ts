/**
 * What a player did survives, in a real Chromium (issue 9): a game resumes after a reload; Back
 * and Forward move between levels chosen in the Levels list and between panels; undo and redo
 * after a win change nothing saved; a damaged entry is dropped while the rest survives; data of
 * a newer version is left byte for byte as it was.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LEVELS } from '../../src/levels';
import { solve } from '../../src/solver';
import { moves, par, play, press, waitFor } from './helpers/play';
import { useSite } from './helpers/site';

const site = useSite();
const level = (id: number) => LEVELS[id - 1]!;
const keyOf = (id: number) => `${level(id).plates}/${level(id).pebbles}`;

/** Opens the app at `hash` with localStorage set to `saved` (and nothing else) first. */
async function openWith(hash: string, saved: Record<string, string> = {}): Promise<{ page: Page; errors: string[] }> {
  const opened = await site().open(`${site().base}#level=1`);
  // Storage is written from a page of the site without the app: a running app would read,
  // repair or overwrite it (its saved-data reader starts at an idle moment after the board).
  await opened.page.goto(`${site().base}manifest.webmanifest`);
  await opened.page.evaluate((items) => {
    localStorage.clear();
    for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
  }, saved);
  await opened.page.goto(`${site().base}${hash}`);
  await opened.page.locator('[data-pos]').first().waitFor();
  return opened;
}

const storageOf = (page: Page): Promise<Record<string, string>> => page.evaluate(() => ({ ...localStorage }));
const heading = (page: Page): Promise<string | null> => page.locator('.tp-play-header h2').first().textContent();
const message = (page: Page): Promise<string | null> => page.locator('[data-testid="message"]').first().textContent();

/** Waits for the app's history (loaded after the board) to name the board in the address. */
async function addressNames(page: Page, hash: string): Promise<void> {
  await waitFor(
    () => page.evaluate(() => location.hash),
    (h) => h === hash,
    `the address to name ${hash}`,
  );
}

async function chooseLevel(page: Page, id: number): Promise<void> {
  await page.getByRole('button', { name: 'Levels', exact: true }).click();
  await page.getByRole('button', { name: new RegExp(`^${id} par ${level(id).par}`) }).click();
  await expect.poll(() => heading(page)).toBe(`Level ${id}`);
}

describe('saved games', () => {
  it('resume after a reload', async () => {
    const { page, errors } = await openWith('#level=15');
    await par(page);
    const [a, b] = solve(level(15)).line as number[];
    await play(page, a!);
    await play(page, b!);
    await page.reload();
    await page.locator('[data-pos]').first().waitFor();
    await waitFor(
      () => moves(page),
      (m) => m === 2,
      'the two moves to come back',
    );
    expect(await heading(page)).toBe('Level 15');
    await press(page, 'Undo');
    await waitFor(
      () => moves(page),
      (m) => m === 1,
      'undo of a resumed move',
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('undo and redo after a win leave the saved data unchanged', async () => {
    const { page, errors } = await openWith('#level=1');
    await par(page);
    for (const move of solve(level(1)).line) await play(page, move);
    await page.locator('[data-testid="win"]').waitFor();
    const saved = await storageOf(page);
    expect(JSON.parse(saved['tripebble:finished']!).games).toHaveLength(1);
    await press(page, 'Undo');
    await waitFor(
      () => moves(page),
      (m) => m === level(1).par - 1,
      'the undo',
    );
    await press(page, 'Redo');
    await page.locator('[data-testid="win"]').waitFor();
    expect(await storageOf(page)).toEqual(saved);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('history', () => {
  it('goes Back and Forward between two levels chosen in the Levels list', async () => {
    const { page, errors } = await openWith('#level=1');
    await addressNames(page, '#level=1');
    await chooseLevel(page, 5);
    await addressNames(page, '#level=5');
    const first = solve(level(5)).line[0]!;
    await play(page, first);
    await chooseLevel(page, 9);
    await addressNames(page, '#level=9');
    await page.goBack();
    await expect.poll(() => page.getByRole('list', { name: 'All levels' }).count()).toBe(1);
    await addressNames(page, '#level=5');
    await page.goBack();
    await expect.poll(() => heading(page)).toBe('Level 5');
    // The level returned to is as the player left it.
    expect(await moves(page)).toBe(1);
    await page.goForward();
    await page.goForward();
    await expect.poll(() => heading(page)).toBe('Level 9');
    await addressNames(page, '#level=9');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('goes Back and Forward between panels, and stays in the app', async () => {
    const { page, errors } = await openWith('#level=3');
    await addressNames(page, '#level=3');
    await page.getByRole('button', { name: 'Stats', exact: true }).click();
    await page.getByRole('heading', { name: 'Stats' }).waitFor();
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { name: 'Stats' }).waitFor();
    await page.goBack();
    await expect.poll(() => heading(page)).toBe('Level 3');
    await page.goForward();
    await page.getByRole('heading', { name: 'Stats' }).waitFor();
    expect(page.url()).toMatch(/#level=3$/);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('damaged and newer saved data', () => {
  it('drops a damaged entry and keeps the rest', async () => {
    const root = {
      version: 2,
      settings: { palette: 'high-contrast', showAll: false, coach: false },
      base: {
        solved: { [keyOf(1)]: { best: 4, par: 4, stars: 3 }, [keyOf(2)]: { best: 4, par: 4, stars: 4 } },
        daily: { last: null, streak: 0, best: 0, results: {} },
        hintsUsed: 0,
        wins: 2,
      },
    };
    const { page, errors } = await openWith('#level=3', { tripebble: JSON.stringify(root) });
    await expect.poll(() => message(page)).toBe('Damaged saved data was dropped (1 board result); the rest is kept.');
    const saved = JSON.parse((await storageOf(page)).tripebble!);
    expect(saved.base.solved).toEqual({ [keyOf(1)]: { best: 4, par: 4, stars: 3 } });
    expect(saved.base.wins).toBe(2);
    // Kept, with the settings that came later filled in (the system theme; the guide seen).
    expect(saved.settings).toEqual({ ...root.settings, theme: 'system', guideSeen: true });
    await page.getByRole('button', { name: 'Levels', exact: true }).click();
    await page.getByRole('button', { name: /^1 par 4.*3 stars, best/ }).waitFor();
    expect(await page.getByText(new RegExp(`^1 of ${LEVELS.length} solved`)).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('leaves data of a newer version byte for byte as it was, even after a win', async () => {
    const newer = {
      tripebble: '{"version":3,"settings":{"palette":"neon"},"profiles":[1,2,3]}',
      'tripebble:finished': '{"version":3,"x":[]}',
    };
    const { page, errors } = await openWith('#level=1', newer);
    await expect.poll(() => message(page)).toMatch(/newer version/);
    await par(page);
    for (const move of solve(level(1)).line) await play(page, move);
    await page.locator('[data-testid="win"]').waitFor();
    await expect.poll(() => message(page)).toBe('This win is not saved: saved data is from a newer version.');
    expect(await storageOf(page)).toEqual(newer);
    expect(errors).toEqual([]);
    await page.close();
  });
});
