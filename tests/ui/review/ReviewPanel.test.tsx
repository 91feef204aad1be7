/**
 * After a win in the app: the share card with a symbol per move and the board's link, and the
 * review beside an optimal line (the costly move marked and highlighted, keyboard stepping, "try
 * from here").
 */
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { applyMove, sameBoard } from '../../../src/engine';
import { solve } from '../../../src/solver';
import { AfterWin } from '../../../src/ui/review';
import { NEAR } from '../../support/boards';
import { renderGame, settle } from '../../support/game';
import { costlyGame } from '../../support/games';

async function winCostly() {
  const game = await renderGame({ board: NEAR, props: { winShare: <AfterWin /> } });
  const path = costlyGame();
  for (const move of path) await game.clickPosition(move);
  for (let i = 0; i < 10; i++) await settle();
  await game.expectSolved();
  return { game, path };
}

describe('the share card', () => {
  it('shows the moves against par, a symbol per move from the exact distances and the board link', async () => {
    const { path } = await winCostly();
    const text = screen.getByTestId('share-text').textContent!;
    const lines = text.split('\n');
    expect(lines[0]).toBe('tripebble · Custom board');
    expect(lines[1]).toMatch(new RegExp(`^${path.length} moves \\(par 3\\) `));
    expect([...new Intl.Segmenter().segment(lines[2]!)].map((s) => s.segment)).toEqual(['🟥', ...path.slice(1).map(() => '🟩')]);
    expect(lines[3]).toContain(`#plates=${NEAR.plates}&pebbles=${NEAR.pebbles}`);
    expect(screen.getAllByTestId('share-text')).toHaveLength(1);
  });
});

describe('copying and sharing', () => {
  it('copies through the Clipboard API, and falls back to the copy command when it is refused', async () => {
    const { game } = await winCostly();
    const writeText = vi.fn().mockRejectedValue(new Error('denied'));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const execCommand = vi.fn().mockReturnValue(true);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    await game.press('Copy result');
    expect(writeText).toHaveBeenCalledWith(screen.getByTestId('share-text').textContent);
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(screen.getByText('Copied. Paste it anywhere to share.')).toBeInTheDocument();
    execCommand.mockReturnValue(false);
    await game.press('Copy result');
    expect(screen.getByText('Copying is blocked here: select the text above instead.')).toBeInTheDocument();
  });

  it('offers the Web Share API where the browser has it', async () => {
    const share = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    const { game } = await winCostly();
    await game.press('Share…');
    expect(share).toHaveBeenCalledWith({ text: screen.getByTestId('share-text').textContent });
    Reflect.deleteProperty(navigator, 'share');
  });
});

describe('the review', () => {
  it('marks each move, highlights where the game left the optimal path, and steps by keyboard', async () => {
    const { game, path } = await winCostly();
    await game.press('Review your game');
    const review = screen.getByTestId('review');
    expect(within(review).getByText('You left the optimal path at move 1.')).toBeInTheDocument();
    const moves = within(review)
      .getAllByRole('listitem')
      .filter((li) => li.hasAttribute('data-cost'));
    expect(moves.map((li) => li.getAttribute('data-cost'))).toEqual(['2', ...path.slice(1).map(() => '0')]);
    expect(moves[0]).toHaveClass('tp-slip');
    expect(within(moves[0]!).getByText('+2')).toBeInTheDocument();
    // An optimal line from the start, beside the player's moves.
    expect(within(review).getByRole('heading', { name: 'An optimal line from the start' }).nextElementSibling!.children).toHaveLength(
      solve(NEAR).distance,
    );
    const next = within(review).getByRole('button', { name: 'Next move' });
    next.focus();
    fireEvent.keyDown(next, { key: 'ArrowRight' });
    expect(game.state().review!.step).toBe(1);
    fireEvent.keyDown(next, { key: 'End' });
    expect(game.state().review!.step).toBe(path.length);
    fireEvent.keyDown(next, { key: 'Home' });
    expect(game.state().review!.step).toBe(0);
    await game.user.click(within(review).getByRole('button', { name: /^2\. / }));
    expect(game.state().review!.step).toBe(2);
    expect(within(review).getByRole('button', { name: /^2\. / })).toHaveAttribute('aria-current', 'step');
  });

  it('starts a new game from the position on show', async () => {
    const { game, path } = await winCostly();
    await game.press('Review your game');
    await game.press('Next move');
    await game.press('Try from here');
    expect(sameBoard(game.state().game.start, applyMove(NEAR, path[0]!))).toBe(true);
    expect(game.moves()).toBe(0);
    expect(screen.queryByTestId('win')).toBeNull();
  });
});
