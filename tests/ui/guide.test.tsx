/**
 * The first-run guide in the app: it opens on a first visit only, walks through the hole, a move
 * and a leap that the player makes on a tiny board, and the goal; it can be skipped (button or
 * Escape), is saved as seen either way, and opens again from "How to play", which has figures.
 */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GUIDE, HOW_TO_PLAY_TEXT } from '../../src/ui/messages/guide';
// Loaded here, the app's lazy import of the guide resolves from the module cache at once.
import '../../src/ui/guide';
import { renderGame, settle } from '../support/game';

beforeEach(() => history.replaceState(null, '', '#'));
afterEach(() => history.replaceState(null, '', '#'));

async function firstVisit() {
  const game = await renderGame({ app: true, level: 1, guideSeen: false });
  const dialog = await screen.findByRole('dialog', { name: GUIDE.steps.hole.title });
  // The tiny board is drawn right after the dialog opens (a task of its own).
  await screen.findByRole('group', { name: GUIDE.board });
  return { game, dialog };
}

const title = () => within(screen.getByRole('dialog')).getByRole('heading').textContent;
const practice = () => screen.getByRole('group', { name: GUIDE.board });
const spot = (pos: number) => practice().querySelector<SVGGElement>(`[data-pos="${pos}"]`)!;

describe('the first-run guide', () => {
  it('opens on a first visit and walks through the hole, a move, a leap and the goal', async () => {
    const { game } = await firstVisit();
    expect(spot(0)).toHaveAttribute('data-hole', 'true');
    expect(spot(0)).toHaveAttribute('data-hint', 'true');
    await game.user.click(screen.getByRole('button', { name: GUIDE.next }));
    expect(title()).toBe(GUIDE.steps.move.title);
    expect(spot(1)).toHaveAttribute('data-hint', 'true');

    // Another pebble does not count, and the guide says which to tap.
    await game.user.click(spot(2));
    expect(title()).toBe(GUIDE.steps.move.title);
    expect(screen.getByText(GUIDE.tapMarked)).toBeInTheDocument();

    await game.user.click(spot(1));
    expect(title()).toBe(GUIDE.steps.leap.title);
    expect(spot(1)).toHaveAttribute('data-hole', 'true');
    expect(spot(8)).toHaveAttribute('data-hint', 'true');
    // The keyboard works too: Enter on the marked pebble.
    spot(8).focus();
    await game.key('{Enter}');
    expect(title()).toBe(GUIDE.steps.goal.title);
    expect(practice().querySelectorAll('.tp-check')).toHaveLength(9);
    expect(game.state().progress.settings.guideSeen).toBe(false);

    await game.user.click(screen.getByRole('button', { name: GUIDE.done }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(game.state().progress.settings.guideSeen).toBe(true);
    // The game itself was not touched.
    expect(game.moves()).toBe(0);
  });

  it('can be skipped at once, and is then saved as seen', async () => {
    const { game } = await firstVisit();
    await game.user.click(screen.getByRole('button', { name: GUIDE.skip }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(game.state().progress.settings.guideSeen).toBe(true);
  });

  it('closes on Escape like Skip', async () => {
    const { game, dialog } = await firstVisit();
    act(() => void fireEvent(dialog, new Event('cancel', { cancelable: true })));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(game.state().progress.settings.guideSeen).toBe(true);
  });

  it('does not open for a player who has seen it', async () => {
    await renderGame({ app: true, level: 1 });
    await settle();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('opens again from "How to play", which explains with figures', async () => {
    const game = await renderGame({ app: true, level: 1 });
    await game.user.click(screen.getByText('How to play'));
    await settle(); // the inside loads (from the module cache) and React shows it
    const replay = await screen.findByRole('button', { name: HOW_TO_PLAY_TEXT.replay });
    for (const caption of Object.values(HOW_TO_PLAY_TEXT.figures)) expect(screen.getByText(caption)).toBeInTheDocument();
    expect(document.querySelectorAll('figure svg.tp-board')).toHaveLength(4);
    await game.user.click(replay);
    expect(await screen.findByRole('dialog', { name: GUIDE.steps.hole.title })).toBeInTheDocument();
  });
});
