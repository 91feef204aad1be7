/**
 * Reward and review in a real Chromium (issue 12): a board won with hints only earns fewer than
 * three stars and says why; a board won after a costly first move is marked in the review, and
 * its share card has the board's link and the moves against par.
 */
import { describe, expect, it } from 'vitest';
import { applyMove, legalMoves } from '../../src/engine';
import { LEVELS } from '../../src/levels';
import { solve } from '../../src/solver';
import { par, play, solveWithHints } from './helpers/play';
import { useSite } from './helpers/site';

const site = useSite();

describe('stars, the share card and the review', () => {
  it('gives a board won with hints only fewer than three stars, and says why', async () => {
    const level = LEVELS[0]!;
    const { page, errors } = await site().open(`${site().base}#level=${level.id}`);
    await par(page);
    const played = await solveWithHints(page);
    const win = page.locator('[data-testid="win"]');
    await win.waitFor();
    const stars = await win.locator('.tp-stars').getAttribute('aria-label');
    expect(stars).toMatch(/^[12] of 3 stars$/);
    expect(await win.textContent()).toMatch(/Solved with \d+ hints?\./);
    expect(await win.textContent()).toContain('Three stars: par without help. A hint caps them at two, 3 or more hints at one.');
    // Every move was made with a hint on show: each is marked so on the share card.
    await expect.poll(() => page.locator('[data-testid="share-text"]').textContent()).toContain('💡'.repeat(played.length));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('marks a costly first move in the review, and shares the link and the moves', async () => {
    // The easiest level with a legal first move that is not optimal.
    const level = LEVELS.find((l) => legalMoves(l).some((m) => !solve(l).hints.includes(m)))!;
    const slip = legalMoves(level).find((m) => !solve(level).hints.includes(m))!;
    const path = [slip, ...solve(applyMove(level, slip)).line];
    const cost = path.length - level.par;
    const { page, errors } = await site().open(`${site().base}#level=${level.id}`);
    await par(page);
    for (const move of path) await play(page, move);
    await page.locator('[data-testid="win"]').waitFor();

    const share = page.locator('[data-testid="share-text"]');
    await expect.poll(async () => (await share.textContent())?.split('\n').length).toBe(4);
    const [title, summary, symbols, link] = (await share.textContent())!.split('\n');
    expect(title).toBe(`tripebble · Level ${level.id}`);
    expect(summary).toMatch(new RegExp(`^${path.length} moves \\(par ${level.par}\\) .* no hints$`));
    expect(symbols).toBe(`${cost === 1 ? '🟨' : '🟥'}${'🟩'.repeat(path.length - 1)}`);
    expect(new URL(link!).hash).toBe(`#level=${level.id}`);

    await page.getByRole('button', { name: 'Review your game' }).click();
    const review = page.locator('[data-testid="review"]');
    const first = review.locator('li[data-cost]').first();
    await expect.poll(() => first.getAttribute('data-cost')).toBe(String(cost));
    expect(await first.getAttribute('class')).toContain('tp-slip');
    expect(await first.textContent()).toContain(`+${cost}`);
    await expect.poll(() => review.textContent()).toContain('You left the optimal path at move 1.');

    // Keyboard: step to the first move, then try from there.
    await review.getByRole('button', { name: 'Next move' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await review.getByRole('button', { name: 'Try from here' }).click();
    await expect.poll(() => page.locator('.tp-play-header h2').first().textContent()).toBe('Custom board');
    expect(await par(page)).toBe(path.length - 1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
