/**
 * The board editor as a player uses it: a colour from the palette, then taps (or Enter) on the
 * drawn board; the engine's verdict, par and difficulty band as the draft changes, the editor's
 * solver question cancelled when the draft changes or the editor closes; letters beyond the
 * standard ones; copy link and play.
 */
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXAMPLE_BOARD, sameBoard } from '../../../src/engine';
import { EditorPanel } from '../../../src/ui/app/EditorPanel';
import { GameProvider } from '../../../src/ui/GameContext';
import type { FakeSolver } from '../../support/fakeSolver';
import { fakeSolver } from '../../support/fakeSolver';
import { makeStore } from '../../support/store';

afterEach(cleanup);

async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}

async function openEditor(options: { solver?: FakeSolver } = {}) {
  const { store, solver } = makeStore({ solver: options.solver });
  const onPlay = vi.fn();
  const view = render(
    <GameProvider store={store}>
      <EditorPanel onPlay={onPlay} />
    </GameProvider>,
  );
  await settle();
  const user = userEvent.setup();
  const spot = (pos: number) => view.container.querySelector<SVGGElement>(`.tp-editor-board [data-pos="${pos}"]`)!;
  return {
    store,
    solver,
    view,
    user,
    onPlay,
    spot,
    draft: () => store.getState().editor!,
    status: () => screen.getByTestId('editor-status').textContent,
    choose: (name: string) => user.click(screen.getByRole('radio', { name })),
    tap: async (pos: number) => {
      await user.click(spot(pos));
      await settle();
    },
  };
}

describe('the editor', () => {
  it('draws the board being played, plates and pebbles, with a palette of its colours', async () => {
    const e = await openEditor();
    expect(e.view.container.querySelectorAll('.tp-editor-board [data-pos]')).toHaveLength(15);
    expect(e.spot(0)).toHaveAttribute('data-hole', 'true');
    expect(e.spot(1)).toHaveAccessibleName('Row 2, place 1: cyan plate, purple pebble');
    expect(screen.getAllByRole('radio', { name: /\([A-Z]\)$/ })).toHaveLength(8);
    expect(screen.getByRole('radio', { name: 'Hole' })).toBeInTheDocument();
    await e.user.click(screen.getByRole('radio', { name: 'Plates' }));
    expect(screen.queryByRole('radio', { name: 'Hole' })).toBeNull();
    expect(e.status()).toBe('Valid board. Par: 16 (hard)');
  });

  it('paints the chosen colour on a tapped pebble or plate, and by keyboard', async () => {
    const e = await openEditor();
    await e.choose('Red (R)');
    await e.tap(2);
    expect(e.draft().pebbles).toBe('-PRBRYOGYGBCORP');
    await e.user.click(screen.getByRole('radio', { name: 'Plates' }));
    await e.choose('Green (G)');
    e.spot(14).focus();
    await e.user.keyboard('{Enter}');
    expect(e.draft().plates).toBe('WCBRBOGYGPCORPG');
    await e.user.keyboard('{ArrowLeft} ');
    expect(e.draft().plates).toBe('WCBRBOGYGPCORGG');
    // Up from 13 is the nearest plate of the row above (8, up and left), then left along that row to 7.
    await e.user.keyboard('{ArrowUp}{ArrowLeft}{Enter}');
    expect(e.draft().plates).toBe('WCBRBOGGGPCORGG');
    expect(e.spot(7)).toHaveFocus();
    expect(e.spot(7)).toHaveAttribute('tabindex', '0');
    expect(e.spot(14)).toHaveAttribute('tabindex', '-1');
  });

  it('shows what the engine finds wrong as the board is edited', async () => {
    const e = await openEditor();
    await e.choose('Hole');
    await e.tap(5);
    expect(e.status()).toMatch(/^Not a valid board: the pebbles code has 2 holes/);
    expect(e.spot(0)).toHaveAttribute('data-wrong', 'true');
    expect(e.spot(5)).toHaveAttribute('data-wrong', 'true');
    expect(e.spot(5)).toHaveAccessibleName(/\(not valid\)$/);
    await e.choose('Red (R)');
    await e.tap(0);
    // Now a red pebble too many and a yellow one too few: the engine names both colours.
    expect(e.status()).toMatch(/^Not a valid board: the colours do not add up/);
    expect(e.view.container.querySelector('[data-letter="R"]')).toHaveAttribute('data-wrong', 'true');
    expect(e.view.container.querySelector('[data-letter="Y"]')).toHaveAttribute('data-wrong', 'true');
    expect(e.view.container.querySelector('[data-letter="B"]')).not.toHaveAttribute('data-wrong');
    expect(screen.getByRole('button', { name: 'Play this board' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeDisabled();
  });

  it('updates par and its band live, cancelling the question about a draft changed since', async () => {
    const solver = fakeSolver({ manual: true });
    const e = await openEditor({ solver });
    // Two taps swap two pebbles: a valid board, asked about.
    await e.choose('Cyan (C)');
    await e.tap(1);
    await e.choose('Purple (P)');
    await e.tap(2);
    const first = e.draft().check;
    expect(first.ok).toBe(true);
    expect(e.status()).toBe('Valid board. Par: …');
    // Swapped back: the first swap's question is no longer wanted.
    await e.tap(1);
    await e.choose('Cyan (C)');
    await e.tap(2);
    expect(first.ok && solver.cancelled.some((b) => sameBoard(b, first.value))).toBe(true);
    await act(() => solver.flush());
    expect(e.draft().pebbles).toBe(EXAMPLE_BOARD.pebbles);
    expect(e.status()).toBe('Valid board. Par: 16 (hard)');
  });

  it('cancels its question when it closes', async () => {
    const solver = fakeSolver({ manual: true });
    const e = await openEditor({ solver });
    await e.choose('Cyan (C)');
    await e.tap(1);
    await e.choose('Purple (P)');
    await e.tap(2);
    const asked = e.draft().check;
    expect(solver.pending()).toBeGreaterThan(0);
    e.view.unmount();
    expect(asked.ok && solver.cancelled.some((b) => sameBoard(b, asked.value))).toBe(true);
  });

  it('offers letters beyond the standard colours, each with a colour of its own on the board', async () => {
    const e = await openEditor();
    await e.user.click(screen.getByRole('radio', { name: 'Plates' }));
    await e.user.type(screen.getByRole('textbox', { name: 'Another letter' }), 'q');
    await e.user.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByRole('radio', { name: 'Colour Q' })).toBeChecked();
    await e.tap(1);
    await e.tap(2);
    expect(e.draft().plates).toBe('WQQRBOGYGPCORPY');
    const fill = (pos: number) => e.spot(pos).querySelector('.tp-editor-plate')!.getAttribute('fill');
    // Nine colours now (C is left on one plate): nine different fills.
    expect(new Set([...Array(15).keys()].map(fill)).size).toBe(new Set(e.draft().plates).size);
    expect(e.spot(1)).toHaveAccessibleName(/^Row 2, place 1: colour Q plate/);
  });

  it('copies the draft’s link, and plays it', async () => {
    const e = await openEditor();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await e.choose('Cyan (C)');
    await e.tap(1);
    await e.choose('Purple (P)');
    await e.tap(2);
    await e.user.click(screen.getByRole('button', { name: 'Copy link' }));
    await waitFor(() => expect(screen.getByText('Link copied.')).toBeInTheDocument());
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/#plates=WCBRBOGYGPCORPY&pebbles=-CPBRYOGYGBCORP$/));
    await waitFor(() => expect(e.draft().par).not.toBeNull());
    await e.user.click(screen.getByRole('button', { name: 'Play this board' }));
    expect(e.onPlay).toHaveBeenCalledOnce();
    expect(e.store.getState().game.start).toEqual({ plates: EXAMPLE_BOARD.plates, pebbles: '-CPBRYOGYGBCORP' });
    expect(e.store.getState().game.source).toEqual({ kind: 'custom' });
  });
});
