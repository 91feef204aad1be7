/**
 * The game as a player meets it: the board's positions and labels, tapping, refusals, keyboard
 * play and shortcuts, the two-step hint followed to a win, the solution player, settings and
 * the always-visible numbers.
 */
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WIN } from '../../src/ui/messages/win';
import { swatchOf } from '../../src/ui/palette';
import { NEAR } from '../support/boards';
import { fakeSolver } from '../support/fakeSolver';
import { renderGame, settle } from '../support/game';

describe('the board', () => {
  it('draws 15 positions with the hole and movable pebbles marked, and spoken labels', async () => {
    const game = await renderGame();
    for (let n = 0; n < 15; n++) expect(game.position(n)).toBeInTheDocument();
    expect(game.hole()).toBe(0);
    expect(game.position(3)).toHaveAttribute('data-movable', 'true');
    expect(game.position(7)).toHaveAttribute('data-movable', 'false');
    // Every position has its own spoken label (worded in ui/messages, checked there).
    const names = Array.from({ length: 15 }, (_, n) => game.position(n).getAttribute('aria-label'));
    expect(new Set(names).size).toBe(15);
  });

  it('shows moves, par from the solver and pebbles matched', async () => {
    const game = await renderGame();
    expect(game.moves()).toBe(0);
    expect(game.par()).toBe('16');
    expect(screen.getByTestId('matched')).toHaveTextContent('0/14');
  });

  it('moves a tapped pebble into the hole and announces it once the move is drawn', async () => {
    const game = await renderGame();
    await game.clickPosition(3);
    expect(game.hole()).toBe(3);
    expect(game.moves()).toBe(1);
    expect(game.state().session.announcement).toMatchObject({ kind: 'moved', from: 3, to: 0 });
    // Spoken, not seen: the live region is filled after the move's frame, which lays out no new text.
    await waitFor(() => expect(screen.getByTestId('announcement')).toHaveTextContent(/\S/));
  });

  it('explains gently why a pebble cannot move', async () => {
    const game = await renderGame();
    await game.clickPosition(7);
    expect(game.moves()).toBe(0);
    expect(game.state().session.notice).toEqual({ kind: 'refused', pos: 7, reason: 'off-line' });
    expect(await game.message()).not.toBe('');
  });
});

describe('buttons and keys', () => {
  it('undoes, redoes and restarts with the buttons', async () => {
    const game = await renderGame();
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled();
    await game.clickPosition(3);
    await game.clickPosition(4);
    for (const [button, moves] of [
      ['Undo', 1],
      ['Redo', 2],
      ['Restart', 0],
    ] as const) {
      await game.press(button);
      expect(game.moves()).toBe(moves);
    }
    expect(game.hole()).toBe(0);
  });

  it('plays with the keyboard: roving focus, arrows, Enter, and the Z/Y/R/H shortcuts', async () => {
    const game = await renderGame();
    const focusable = [...game.view.container.querySelectorAll('[data-pos][tabindex="0"]')];
    expect(focusable).toHaveLength(1);
    game.position(1).focus();
    await game.key('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toBe(game.position(6));
    await game.key('{ArrowUp}');
    expect(document.activeElement).toBe(game.position(3));
    await game.key('{Enter}');
    expect(game.hole()).toBe(3);
    for (const [key, moves] of [
      ['z', 0],
      ['y', 1],
      ['r', 0],
    ] as const) {
      await game.key(key);
      expect(game.moves()).toBe(moves);
    }
    await game.key('h');
    expect(game.hinted()).toHaveLength(1);
  });
});

describe('hints', () => {
  it('marks the pebble first, then draws the arrow into the hole', async () => {
    const game = await renderGame();
    await game.pressHint();
    expect(game.hinted()).toHaveLength(1);
    expect([3, 4, 10]).toContain(game.hinted()[0]);
    expect(screen.queryByTestId('hint-arrow')).toBeNull();
    await game.pressHint();
    expect(screen.getByTestId('hint-arrow')).toBeInTheDocument();
  });

  it('shows a busy Hint button while the solver works', async () => {
    const solver = fakeSolver({ manual: true });
    const game = await renderGame({ solver });
    await game.pressHint();
    expect(screen.getByRole('button', { name: 'Hint' })).toHaveAttribute('aria-busy', 'true');
    await solver.flush();
    await settle();
    expect(screen.getByRole('button', { name: 'Hint' })).toHaveAttribute('aria-busy', 'false');
    expect(game.hinted()).toHaveLength(1);
  });

  it('follows hints to the win at par, and the win says hints were used', async () => {
    const game = await renderGame({ board: NEAR });
    for (let i = 0; i < 10 && !screen.queryByTestId('win'); i++) {
      await game.pressHint();
      await game.clickPosition(game.hinted()[0]!);
    }
    await game.expectSolved();
    expect(game.moves()).toBe(Number(game.par()));
    // Three hints are many: one star at most, and the panel says why.
    expect(game.state().game.result).toMatchObject({ hintsUsed: 3, solutionShown: false, stars: 1 });
    expect(screen.getByRole('img', { name: WIN.stars(1) })).toBeInTheDocument();
    expect(screen.getByText(WIN.rule)).toBeInTheDocument();
    expect(screen.getByText(/Solved with 3 hints\./)).toBeInTheDocument();
  });

  it('shows the solution move by move, and Undo takes the player back', async () => {
    const game = await renderGame({ board: NEAR });
    await game.press('Show solution');
    for (let i = 0; i < 10 && !screen.queryByTestId('win'); i++) await settle();
    await game.expectSolved();
    expect(game.state().game.result).toMatchObject({ solutionShown: true, stars: 0 });
    await game.press('Undo');
    expect(screen.queryByTestId('win')).toBeNull();
    expect(game.moves()).toBe(2);
  });

  it('hides all help when hints are off', async () => {
    await renderGame({ props: { hints: false } });
    expect(screen.queryByRole('button', { name: 'Hint' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Show solution' })).toBeNull();
  });
});

describe('settings', () => {
  it('shows every optimal move and the moves to solved', async () => {
    const game = await renderGame();
    await game.press('Settings');
    await game.user.click(await screen.findByLabelText(/Show all optimal moves/));
    await settle();
    expect(game.hinted()).toEqual([3, 4, 10]);
    expect(screen.getByTestId('to-solved')).toHaveTextContent('16');
  });

  it('switches the palette', async () => {
    const game = await renderGame();
    await game.press('Settings');
    const stone = () => game.position(3).querySelector('.tp-stone');
    const pebble = game.state().game.board.pebbles[3]!;
    expect(stone()).toHaveAttribute('fill', swatchOf(pebble, 'default').fill);
    await game.user.click(await screen.findByLabelText('Colour-blind safe'));
    expect(game.state().progress.settings.palette).toBe('colour-blind');
    expect(game.view.container.querySelector('.tp-game')).toHaveAttribute('data-palette', 'colour-blind');
    expect(swatchOf(pebble, 'colour-blind').fill).not.toBe(swatchOf(pebble, 'default').fill);
    expect(stone()).toHaveAttribute('fill', swatchOf(pebble, 'colour-blind').fill);
  });
});
