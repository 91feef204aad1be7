/**
 * Leaderboards in a real Chromium, with the game served by `tripebble serve` on SQLite: today's
 * daily board played to the win by the player's own clicks, the result put on under a name,
 * and the name found, marked as the player's own, in the Leaderboards panel; the server's
 * leaderboard agrees, and nothing trips the server's CSP.
 */
import { describe, expect, it } from 'vitest';
import { dailyDistance } from '../../src/levels';
import { solve, generate } from '../../src/solver';
import { dateOfDay } from '../../src/store';
import { axeViolations } from './helpers/browser';
import { moves, par, play, waitFor } from './helpers/play';
import { useServedSite, violations } from './helpers/served';

const site = useServedSite();
const NAME = 'Pebble Tester';

describe('leaderboards on the served game', () => {
  it('plays the daily board to the win, puts it on under a name and finds the name in the Leaderboards panel', async () => {
    const { page, errors } = await site().open(`${site().base}#daily`);
    await waitFor(
      () => Promise.resolve(new URL(page.url()).hash),
      (hash) => /^#daily=\d{4}-\d{2}-\d{2}$/.test(hash),
      'the address to name the day',
    );
    const day = new URL(page.url()).hash.slice('#daily='.length);
    const board = generate({ distance: dailyDistance(dateOfDay(day)!), seed: day });
    const line = solve(board).line;
    expect(await par(page)).toBe(line.length);
    for (const pos of line) await play(page, pos);
    expect(await moves(page)).toBe(line.length);

    const win = page.getByTestId('win');
    await win.waitFor();
    const offer = win.getByTestId('leaderboard-offer');
    await offer.getByLabel('Your name').waitFor();
    expect(await axeViolations(page, ['[data-testid="win"]'])).toEqual([]);
    await offer.getByLabel('Your name').fill(NAME);
    await offer.getByRole('button', { name: 'Put it on the leaderboard' }).click();
    await offer.getByText(/^On the leaderboard: \d+ moves in .+ Your best on this board is number 1 of 1\.$/).waitFor();

    await page.getByRole('navigation').getByRole('button', { name: 'Leaderboards' }).click();
    const panel = page.getByRole('region', { name: 'Leaderboards' });
    await expect.poll(() => panel.getByRole('combobox', { name: 'Leaderboard' }).inputValue()).toBe(`daily:${day}`);
    const own = panel.locator('tr[data-you="true"]');
    await own.waitFor();
    expect(await own.locator('td').allTextContents()).toEqual(['1', `${NAME} (you)`, String(line.length), expect.stringMatching(/\d/)]);
    expect(await axeViolations(page, ['.tp-leaderboards'])).toEqual([]);

    const answer = await page.request.get(`${site().base}api/leaderboard?daily=${day}`);
    expect((await answer.json()).entries).toEqual([expect.objectContaining({ rank: 1, name: NAME, moves: line.length })]);
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
