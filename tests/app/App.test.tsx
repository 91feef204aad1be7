/**
 * The full app: views, levels with progress, the URL hash kept in step and links followed,
 * the board editor, random and daily boards, and stats.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LEVELS, dailySeed } from '../../src/levels';
import { noticeText as appNoticeText } from '../../src/ui/messages/appNotices';
import { STATS_PANEL } from '../../src/ui/messages/panels';
import { memoryStorage } from '../support/fakeSolver';
import { renderGame, settle } from '../support/game';

beforeEach(() => history.replaceState(null, '', '#'));
afterEach(() => history.replaceState(null, '', '#'));

async function openView(game: Awaited<ReturnType<typeof renderGame>>, name: string) {
  await game.user.click(screen.getByRole('button', { name }));
  await settle();
}

describe('the app', () => {
  it('plays a level and keeps the hash in step', async () => {
    const game = await renderGame({ app: true, level: 1 });
    expect(screen.getByRole('heading', { name: 'Level 1' })).toBeInTheDocument();
    expect(location.hash).toBe('#level=1');
    expect(game.par()).toBe(String(LEVELS[0]!.par));
  });

  it('offers the next level after a level', async () => {
    const first = await renderGame({ app: true, level: 1 });
    for (const move of first.state().answers.analysis!.line) await first.clickPosition(move);
    // The win panel's place is filled after the winning move's paint (ui/Game.tsx): waited for.
    expect(within(await screen.findByTestId('win')).getByRole('button', { name: 'Next level' })).toBeInTheDocument();
  });

  it('offers a new board after the last level', async () => {
    const last = await renderGame({ app: true, level: LEVELS.at(-1)!.id });
    // The level's whole line in one update: playing it move by move in this DOM outlasts a wait.
    const line = last.state().answers.analysis!.line;
    await act(async () => {
      for (const move of line) last.state().moveFrom(move);
    });
    // The win panel fills its place after the winning move's paint.
    const win = within(await screen.findByTestId('win'));
    expect(win.queryByRole('button', { name: 'Next level' })).toBeNull();
    expect(win.getByRole('button', { name: 'New board' })).toBeInTheDocument();
  });

  it('lists the levels and starts the one picked', async () => {
    const game = await renderGame({ app: true, level: 1 });
    await openView(game, 'Levels');
    const list = await screen.findByRole('list', { name: 'All levels' });
    expect(list.querySelectorAll('li')).toHaveLength(LEVELS.length);
    await game.user.click(screen.getByRole('button', { name: new RegExp(`^2 par ${LEVELS[1]!.par}`) }));
    await settle();
    expect(screen.getByRole('heading', { name: 'Level 2' })).toBeInTheDocument();
    expect(location.hash).toBe('#level=2');
  });

  it('marks a solved level with its stars', async () => {
    const storage = memoryStorage();
    const game = await renderGame({ app: true, level: 1, storage });
    for (const move of game.state().answers.analysis!.line) await game.clickPosition(move);
    await game.expectSolved();
    await openView(game, 'Levels');
    expect(await screen.findByRole('button', { name: /^1 par \d+.*3 stars, best/ })).toBeInTheDocument();
  });

  it('opens a board from a followed link, and explains a malformed one', async () => {
    const game = await renderGame({ app: true, level: 1 });
    await act(async () => {
      location.hash = '#plates=WCBRBOGYGPCORPY&pebbles=-PCBRYOGYGBCORP';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await settle();
    expect(screen.getByRole('heading', { name: 'Custom board' })).toBeInTheDocument();
    expect(game.par()).toBe('16');
    await act(async () => {
      location.hash = '#plates=WCBRBOGYGPCORPY&pebbles=-PCBRYOGYG';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await settle();
    expect(game.state().session.notice).toMatchObject({
      kind: 'link-invalid',
      error: { code: 'board', error: { code: 'length', field: 'pebbles', length: 10 } },
      fallback: false,
    });
    expect(await game.message()).toBe(appNoticeText(game.state().session.notice!));
    expect(screen.getByRole('heading', { name: 'Custom board' })).toBeInTheDocument();
    // The address names the board still being played, so a reload or a copied URL keeps it.
    expect(location.hash).toBe('#plates=WCBRBOGYGPCORPY&pebbles=-PCBRYOGYGBCORP');
  });

  it('edits a board: explains invalid codes, shows par, and plays it', async () => {
    const game = await renderGame({ app: true, level: 1 });
    await openView(game, 'Editor');
    const pebbles = await screen.findByRole('textbox', { name: /Pebbles/ });
    const plates = screen.getByRole('textbox', { name: 'Plates' });
    const paste = async (input: HTMLElement, code: string) => {
      await game.user.clear(input);
      await game.user.click(input);
      await game.user.paste(code);
    };
    await paste(plates, 'WCBRBOGYGPCORPY');
    await paste(pebbles, '-PCBRYOGYGBCORR');
    expect(game.state().editor?.check).toMatchObject({ ok: false, error: { code: 'colour-counts' } });
    expect(screen.getByTestId('editor-status')).toHaveTextContent(/^Not a valid board/);
    await paste(pebbles, '-PCBRYOGYGBCORP');
    await waitFor(() => expect(screen.getByTestId('editor-status')).toHaveTextContent('Valid board. Par: 16 (hard)'));
    await game.user.click(screen.getByRole('radio', { name: 'Cyan (C)' }));
    await game.user.click(screen.getByRole('button', { name: /^Row 2, place 1: / }));
    expect(pebbles).toHaveValue('-CCBRYOGYGBCORP');
    await game.user.click(screen.getByRole('radio', { name: 'Purple (P)' }));
    await game.user.click(screen.getByRole('button', { name: /^Row 2, place 1: / }));
    await waitFor(() => expect(game.state().editor?.par).toBe(16));
    await game.press('Play this board');
    expect(screen.getByRole('heading', { name: 'Custom board' })).toBeInTheDocument();
    expect(game.par()).toBe('16');
  });

  it('makes a random board of a difficulty in the worker', async () => {
    const game = await renderGame({ app: true, level: 1 });
    await openView(game, 'New board');
    await game.user.click(await screen.findByRole('button', { name: /^easy/ }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Random easy board' })).toBeInTheDocument());
    await settle();
    expect(Number(game.par())).toBeGreaterThan(0);
  });

  it('plays the daily board, named by the date', async () => {
    const game = await renderGame({ app: true, level: 1 });
    await openView(game, 'New board');
    await game.user.click(await screen.findByRole('button', { name: 'Play today’s board' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: /^Daily board · \d{4}-\d{2}-\d{2}$/ })).toBeInTheDocument());
    expect(location.hash).toBe(`#daily=${dailySeed(new Date())}`);
  });

  it('opens the daily board of the day a link names, and explains a date that is none', async () => {
    const game = await renderGame({ app: true, level: 1 });
    await act(async () => {
      location.hash = '#daily=2026-11-20';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Daily board · 2026-11-20' })).toBeInTheDocument());
    expect(location.hash).toBe('#daily=2026-11-20');
    expect(game.state().game.source).toMatchObject({ kind: 'daily', today: dailySeed(new Date()) === '2026-11-20' });
    await act(async () => {
      location.hash = '#daily=2026-11-31';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await settle();
    expect(game.state().session.notice).toMatchObject({ kind: 'link-invalid', error: { code: 'daily', value: '2026-11-31' } });
    expect(location.hash).toBe('#daily=2026-11-20');
  });

  it('marks a level solved with the solution shown: no stars, not counted as solved or at par', async () => {
    const game = await renderGame({ app: true, level: 1, storage: memoryStorage() });
    await game.press('Show solution');
    await game.expectSolved();
    await openView(game, 'Levels');
    expect(await screen.findByRole('button', { name: /^1 par \d+.*solved with the solution shown, no stars$/ })).toBeInTheDocument();
    expect(screen.getByText(new RegExp(`^0 of ${LEVELS.length} solved`))).toBeInTheDocument();
    await openView(game, 'Stats');
    await screen.findByText(STATS_PANEL.solved);
    const stat = (name: string) => (screen.getByText(name).nextElementSibling as HTMLElement).textContent;
    const names = [STATS_PANEL.solved, STATS_PANEL.perfect, STATS_PANEL.shown, STATS_PANEL.wins];
    expect(names.map(stat)).toEqual(['0', '0', '1', '0']);
  });

  it('marks a level solved with hints by the star rule, and reviews its game from the list', async () => {
    const game = await renderGame({ app: true, level: 1, storage: memoryStorage() });
    await game.pressHint();
    const line = game.state().answers.analysis!.line;
    for (const move of line) await game.clickPosition(move);
    await game.expectSolved();
    await openView(game, 'Levels');
    expect(await screen.findByRole('button', { name: /^1 par \d+.*2 stars with hints, best/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Review your last game of level 2' })).toBeNull();
    await game.press('Review your last game of level 1');
    const review = await screen.findByTestId('review');
    await waitFor(() => expect(within(review).getByText('Every move was optimal.')).toBeInTheDocument());
    expect(within(review).getAllByText('with help')).toHaveLength(1);
    expect(game.state().review).toMatchObject({ path: line, hinted: [0] });
  });

  it('shows stats and resets them on request', async () => {
    const game = await renderGame({ app: true, level: 1 });
    await openView(game, 'Stats');
    expect(await screen.findByText(STATS_PANEL.solved)).toBeInTheDocument();
    await game.press('Reset stats');
    await game.press('Yes, reset');
    expect(screen.getByRole('button', { name: 'Reset stats' })).toBeInTheDocument();
  });
});
