/**
 * The game without a leaderboard server (the plain static dist/ from a sub-folder): the
 * Leaderboards panel says they are offline, a win is the win it always was, with nothing
 * offered to send, and once the host has shown it has no API the game stops asking it.
 */
import { describe, expect, it } from 'vitest';
import { boardAtDistance, shareLink } from './helpers/dist';
import { solve } from '../../src/solver';
import { play } from './helpers/play';
import { useSite } from './helpers/site';

const site = useSite();

describe('leaderboards without a server', () => {
  it('says leaderboards are offline, and the game plays to the win as ever', async () => {
    const board = boardAtDistance(4);
    const { page, errors } = await site().open(shareLink(site().base, board));
    await page.getByRole('navigation').getByRole('button', { name: 'Leaderboards' }).click();
    const panel = page.getByRole('region', { name: 'Leaderboards' });
    await panel.getByText('Leaderboards are offline: no leaderboard server answers here.', { exact: false }).waitFor();
    // The game asked the host to register its board before the panel could show (the same
    // controller): from here on, no game should be sent to a host that has no API.
    const starts: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/games')) starts.push(request.url());
    });

    await page.getByRole('navigation').getByRole('button', { name: 'Play' }).click();
    for (const pos of solve(board).line) await play(page, pos);
    const win = page.getByTestId('win');
    await win.waitFor();
    expect(await win.getByTestId('leaderboard-offer').count()).toBe(0);
    // Once the host has shown it has no API, new games are not sent to it again.
    await win.getByRole('button', { name: 'New board' }).click();
    await page.getByTestId('win').waitFor({ state: 'detached' });
    expect(starts).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
