/**
 * A lazily loaded panel that fails to load (a flaky network, or a tab left open across an update
 * of the site) must not take the board down with it: the player is told and can go on playing.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LOAD_FAILED } from '../../src/ui/messages';
import { renderGame } from '../support/game';

vi.mock('../../src/ui/app/panels', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

describe('a panel that cannot be loaded', () => {
  it('is explained, and the board stays playable', async () => {
    // React reports the caught load error on the console; that report is expected here.
    const report = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const game = await renderGame({ app: true, level: 1 });
    await game.press('Levels');
    expect(await screen.findByRole('alert')).toHaveTextContent(LOAD_FAILED.text);
    await game.press('Play');
    expect(screen.queryByRole('alert')).toBeNull();
    const move = game.state().answers.analysis!.hints[0]!;
    await game.clickPosition(move);
    expect(game.moves()).toBe(1);
    report.mockRestore();
  });
});
