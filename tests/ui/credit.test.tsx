/**
 * How the game tells what a game earned and what it cannot know: no stars after "Show solution",
 * par shown as unknown (not busy) without a solver, and a board that starts solved offered the
 * way on instead of a win.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { UNKNOWN } from '../../src/ui/messages';
import { WIN } from '../../src/ui/messages/win';
import { SolverError } from '../../src/worker/client';
import { NEAR, SOLVED } from '../support/boards';
import { fakeSolver } from '../support/fakeSolver';
import { renderGame, settle } from '../support/game';

describe('the win panel', () => {
  it('gives no stars after the solution was shown', async () => {
    const game = await renderGame({ board: NEAR });
    await game.press('Show solution');
    for (let i = 0; i < 10 && !screen.queryByTestId('win'); i++) await settle();
    await game.expectSolved();
    expect(screen.getByRole('img', { name: WIN.stars(0) })).toBeInTheDocument();
    expect(screen.getByTestId('win')).toHaveTextContent(WIN.help(game.state().game.result!));
  });
});

describe('par', () => {
  it('shows "?" with a spoken reason, not a busy "…", when the solver is unavailable', async () => {
    const solver = fakeSolver();
    solver.failWith(new SolverError('unavailable', 'stopped responding'));
    const game = await renderGame({ solver });
    await settle();
    const par = screen.getByTestId('par');
    expect(par).toHaveAttribute('aria-busy', 'false');
    expect(par).toHaveTextContent(`? (${UNKNOWN})`);
    expect(par.querySelector('[title]')).toHaveAttribute('title', UNKNOWN);
    expect(game.state().session.notice).toMatchObject({ kind: 'solver-failed', cause: 'unavailable' });
    expect(await game.message()).not.toBe('');
  });

  it('is busy while the solver works', async () => {
    const solver = fakeSolver({ manual: true });
    await renderGame({ solver });
    expect(screen.getByTestId('par')).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByTestId('par')).toHaveTextContent('…');
    await solver.flush();
  });
});

describe('a board that starts solved', () => {
  it('says so and offers the next board, with no win', async () => {
    const onNext = vi.fn();
    const game = await renderGame({ board: SOLVED, props: { onNext, nextLabel: 'New board' } });
    expect(game.par()).toBe('0');
    const note = screen.getByTestId('already-solved');
    expect(note).toHaveTextContent(WIN.already);
    expect(screen.queryByTestId('win')).toBeNull();
    await game.user.click(screen.getByRole('button', { name: 'New board' }));
    expect(onNext).toHaveBeenCalledOnce();
    expect(game.state().progress.stats!.wins).toBe(0);
  });
});
