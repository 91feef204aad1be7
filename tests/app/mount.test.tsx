/**
 * mount(): a game in any element with its own store, options for board, level and controls,
 * events out, a readable error for a bad board, the start notice, and a clean unmount.
 */
import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXAMPLE_BOARD } from '../../src/engine';
import { LEVELS } from '../../src/levels';
import { mount } from '../../src/embed/mount';
import type { HostEvent, MountedGame } from '../../src/embed/mount';
import { noticeText } from '../../src/ui/messages/notices';
import { fakeSolver } from '../support/fakeSolver';
import { settle } from '../support/game';

const mounted: MountedGame[] = [];
afterEach(() => {
  for (const m of mounted.splice(0)) act(() => m.unmount());
  document.body.replaceChildren();
});

function place(options: Partial<Parameters<typeof mount>[1]>) {
  const target = document.createElement('div');
  document.body.append(target);
  let game!: MountedGame;
  act(() => {
    game = mount(target, { storage: null, connect: () => fakeSolver(), ...options });
  });
  mounted.push(game);
  return { target, game };
}

describe('mount', () => {
  it('renders the board it is given, with the test hooks', async () => {
    const { target } = place({ board: EXAMPLE_BOARD });
    await settle();
    expect(target.querySelectorAll('[data-pos]')).toHaveLength(15);
    expect(target.querySelector('[data-hole="true"]')).toHaveAttribute('data-pos', '0');
    expect(screen.getByTestId('par')).toHaveTextContent('16');
  });

  it('starts a level, warms the solver up and reports moves as events', async () => {
    const events: HostEvent[] = [];
    const solver = fakeSolver();
    const warmUp = vi.spyOn(solver, 'warmUp');
    const { game } = place({ level: 2, connect: () => solver, onEvent: (e) => events.push(e) });
    await settle();
    expect(warmUp).toHaveBeenCalledOnce();
    expect(game.store.getState().game.start).toEqual({ plates: LEVELS[1]!.plates, pebbles: LEVELS[1]!.pebbles });
    const move = game.store.getState().answers.analysis!.hints[0]!;
    await act(async () => {
      screen
        .getAllByRole('button')
        .find((b) => b.getAttribute('data-pos') === String(move))!
        .dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    expect(events[0]).toEqual({ type: 'move', move, moves: 1 });
  });

  it('starts the daily board of a given day', async () => {
    const { game } = place({ daily: '2026-11-20' });
    await vi.waitFor(() => expect(game.store.getState().game.source).toMatchObject({ kind: 'daily', date: '2026-11-20' }));
  });

  it('shows only the controls asked for', async () => {
    place({ board: EXAMPLE_BOARD, controls: ['undo', 'restart'] });
    await settle();
    expect(screen.getByRole('button', { name: 'Undo' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Hint' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Redo' })).toBeNull();
  });

  it('throws a readable error for an invalid board', () => {
    const target = document.createElement('div');
    expect(() => mount(target, { board: { plates: 'WCB', pebbles: '-PC' }, connect: () => fakeSolver() })).toThrow(
      /^invalid board: the plates code has 3 characters/,
    );
    expect(target.childElementCount).toBe(0);
  });

  it('shows a start notice', async () => {
    const { game } = place({ board: EXAMPLE_BOARD, notice: { kind: 'solution-stopped' } });
    await settle();
    expect(game.store.getState().session.notice).toEqual({ kind: 'solution-stopped' });
    expect(screen.getByTestId('message')).toHaveTextContent(noticeText({ kind: 'solution-stopped' }));
  });

  it('gives each board its own store, and unmount removes it', async () => {
    const a = place({ board: EXAMPLE_BOARD });
    const b = place({ board: EXAMPLE_BOARD });
    await settle();
    act(() => void a.game.store.getState().moveFrom(3));
    expect(b.game.store.getState().game.past).toEqual([]);
    act(() => a.game.unmount());
    mounted.splice(mounted.indexOf(a.game), 1);
    expect(a.target.childElementCount).toBe(0);
  });
});

describe('mount of the full app', () => {
  it('renders the shell it is given around the game', async () => {
    const Shell = () => <p data-testid="shell">the app</p>;
    const { target } = place({ shell: Shell, board: EXAMPLE_BOARD });
    await settle();
    expect(screen.getByTestId('shell')).toBeInTheDocument();
    expect(target.querySelector('.tp-app-root')).not.toBeNull();
  });
});
