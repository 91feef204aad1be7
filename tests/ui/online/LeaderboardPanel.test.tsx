/**
 * The Leaderboards panel in the app: the board being played first, its top entries with the
 * player's own row marked (also when it ranks below them), other boards to pick, a failure with
 * a way to try again, the offline line where no server answers, and removing the player's results
 * after a confirmation.
 */
import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { dailySeed } from '../../../src/levels';
import { VIEWS } from '../../../src/ui/messages';
import { LEADERBOARDS, timeText } from '../../../src/ui/messages/online';
import { fakeOnline } from '../../support/fakeOnline';
import { memoryStorage } from '../../support/fakeSolver';
import { renderOnlineApp, seed, settle } from '../../support/onlineApp';

beforeAll(() => import('../../../src/ui/online'));

const panel = () => within(screen.getByRole('region', { name: LEADERBOARDS.title }));
const rows = () =>
  panel()
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent));

async function openLeaderboards(app: Awaited<ReturnType<typeof renderOnlineApp>>) {
  await app.openView(VIEWS.leaderboard);
  await screen.findByRole('region', { name: LEADERBOARDS.title });
  await settle();
}

describe('the Leaderboards panel', () => {
  it('shows the board being played, with the player’s own row marked', async () => {
    const server = fakeOnline();
    await seed(server, { level: 1 }, 'Cy', { ms: 30_000 });
    await seed(server, { level: 1 }, 'Di', { extra: 2, ms: 10_000 });
    const app = await renderOnlineApp({ level: 1, server, storage: memoryStorage() });
    server.tick(45_000);
    await app.win();
    await app.user.type(screen.getByLabelText('Your name'), 'Ana');
    await app.press('Put it on the leaderboard');
    await openLeaderboards(app);
    expect(panel().getByRole('combobox', { name: LEADERBOARDS.choose })).toHaveValue('level:1');
    expect(rows()).toEqual([
      ['1', 'Cy', '4', timeText(30_000)],
      ['2', `Ana (${LEADERBOARDS.you})`, '4', timeText(45_000)],
      ['3', 'Di', '6', timeText(10_000)],
    ]);
    const marked = panel()
      .getAllByRole('row')
      .filter((row) => row.getAttribute('data-you') === 'true');
    expect(marked.map((row) => row.querySelector('td')?.textContent)).toEqual(['2']);
    expect(panel().getByText(LEADERBOARDS.playingAs('Ana'))).toBeInTheDocument();
  });

  it('adds the player’s own row below the top 20 when it ranks lower', async () => {
    const server = fakeOnline();
    for (let i = 1; i <= 21; i++) await seed(server, { level: 2 }, `P${i}`, { ms: i * 1000 });
    const app = await renderOnlineApp({ level: 2, server, storage: memoryStorage() });
    server.tick(90_000);
    await app.win();
    await app.user.type(screen.getByLabelText('Your name'), 'Ana');
    await app.press('Put it on the leaderboard');
    await openLeaderboards(app);
    const shown = rows();
    expect(shown).toHaveLength(21);
    expect(shown[19]?.[1]).toBe('P20');
    expect(shown[20]).toEqual(['22', `Ana (${LEADERBOARDS.you})`, expect.any(String), timeText(90_000)]);
    // The gap between the top and the player's row is drawn, not read out.
    expect(panel().getByRole('table').querySelector('.tp-leaderboard-gap[aria-hidden="true"]')).not.toBeNull();
  });

  it('shows today’s daily board and any level on request', async () => {
    const server = fakeOnline();
    await seed(server, { level: 5 }, 'Eve');
    const app = await renderOnlineApp({ level: 1, server });
    await openLeaderboards(app);
    const choose = panel().getByRole('combobox', { name: LEADERBOARDS.choose });
    const today = dailySeed(new Date());
    expect(within(choose).getByRole('option', { name: LEADERBOARDS.today(today) })).toHaveValue(`daily:${today}`);
    await app.user.selectOptions(choose, 'level:5');
    await settle();
    expect(rows().map((r) => r[1])).toEqual(['Eve']);
    await app.user.selectOptions(choose, `daily:${today}`);
    await settle();
    expect(panel().getByText(LEADERBOARDS.empty)).toBeInTheDocument();
    expect(server.calls.filter((c) => c.method === 'leaderboard').map((c) => c.arg)).toEqual([
      { level: 1 },
      { level: 5 },
      { daily: today },
    ]);
  });

  it('says when a leaderboard cannot be loaded, and tries again', async () => {
    const server = fakeOnline();
    const app = await renderOnlineApp({ level: 1, server });
    const failure = { kind: 'server', status: 503, message: 'the sqlite database does not answer' } as const;
    server.fail('leaderboard', failure);
    await openLeaderboards(app);
    expect(panel().getByRole('alert')).toHaveTextContent(LEADERBOARDS.failed(failure));
    await app.press(LEADERBOARDS.retry);
    expect(panel().queryByRole('alert')).toBeNull();
    expect(panel().getByText(LEADERBOARDS.empty)).toBeInTheDocument();
  });

  it('says leaderboards are offline where no server answers, and without leaderboards at all', async () => {
    const server = fakeOnline();
    server.fail('startGame', { kind: 'offline', message: 'no leaderboard server' });
    server.fail('leaderboard', { kind: 'offline', message: 'no leaderboard server' });
    const app = await renderOnlineApp({ level: 1, server });
    await openLeaderboards(app);
    expect(panel().getByTestId('leaderboards-offline')).toHaveTextContent(LEADERBOARDS.offline);
    await app.press(LEADERBOARDS.retry);
    expect(panel().queryByTestId('leaderboards-offline')).toBeNull();
    app.view.unmount();

    const none = await renderOnlineApp({ level: 1, online: false });
    await openLeaderboards(none);
    expect(panel().getByRole('status')).toHaveTextContent(LEADERBOARDS.offline);
  });

  it('removes the player’s results after a confirmation', async () => {
    const storage = memoryStorage();
    const app = await renderOnlineApp({ level: 1, server: fakeOnline(), storage });
    await app.win();
    await app.user.type(screen.getByLabelText('Your name'), 'Ana');
    await app.press('Put it on the leaderboard');
    await openLeaderboards(app);
    await app.press(LEADERBOARDS.forget);
    await app.press(LEADERBOARDS.no);
    expect(app.server.calls.some((c) => c.method === 'deletePlayer')).toBe(false);
    await app.press(LEADERBOARDS.forget);
    expect(panel().getByText(LEADERBOARDS.confirm)).toBeInTheDocument();
    await app.press(LEADERBOARDS.yes);
    await settle();
    expect(panel().getByRole('status')).toHaveTextContent(LEADERBOARDS.forgotten(1));
    expect(panel().getByText(LEADERBOARDS.empty)).toBeInTheDocument();
    expect(panel().queryByRole('button', { name: LEADERBOARDS.forget })).toBeNull();
    expect(storage.data.has('tripebble:player')).toBe(false);
  });
});
