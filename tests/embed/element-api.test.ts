/**
 * <tripebble-board>'s attributes and properties under jsdom with a fake mount: every refused
 * attribute shows its readable error and fires `error`; the theme recolours the game on show
 * without a new game; board properties write attributes (one new game for several in a task)
 * and replace the other board sources; values set before the element was upgraded are kept;
 * the host API reads and plays the game on show, rendering first when a render is due.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BoardView } from '../../src/embed/element';
import type { MountOptions } from '../../src/embed/mount';
import { defineTripebbleBoard } from '../../src/embed/element';
import type { HostGame } from '../../src/embed/host';
import type { TripebbleBoardElement } from '../../src/embed/tripebble-board';
import { EXAMPLE_BOARD } from '../../src/engine';
import { fakeSolver } from '../support/fakeSolver';

let count = 0;

/** A game that records what the host asked of it. */
function fakeGame(options: MountOptions): HostGame & { calls: string[] } {
  const calls: string[] = [];
  const board = options.board ?? EXAMPLE_BOARD;
  return {
    calls,
    plates: board.plates,
    pebbles: board.pebbles,
    start: board,
    level: options.level ?? null,
    daily: options.daily === true ? '2026-11-22' : typeof options.daily === 'string' ? options.daily : null,
    moves: 0,
    par: 16,
    solved: false,
    result: null,
    move: (position) => (calls.push(`move ${position}`), position === 3),
    hint: () => (calls.push('hint'), Promise.resolve({ from: 3, to: 0 })),
    undo: () => void calls.push('undo'),
    redo: () => void calls.push('redo'),
    restart: () => void calls.push('restart'),
  };
}

/** A fresh tag per test (custom elements cannot be undefined); `define` false leaves it undefined for now. */
function setup(define = true) {
  const mounted: { options: MountOptions; view: BoardView & { setTheme: ReturnType<typeof vi.fn>; game: ReturnType<typeof fakeGame> } }[] =
    [];
  const tag = `api-board-${++count}`;
  const mount = (target: HTMLElement, options: MountOptions) => {
    target.textContent = 'a game';
    const view = { unmount: vi.fn(), setTheme: vi.fn(), game: fakeGame(options) };
    mounted.push({ options, view });
    return view;
  };
  const defineNow = () => defineTripebbleBoard({ mount, options: () => ({ connect: () => fakeSolver() }) }, tag);
  if (define) defineNow();
  const make = () => document.createElement(tag) as unknown as TripebbleBoardElement;
  return { tag, mounted, make, defineNow };
}

async function place(el: HTMLElement, attrs: Record<string, string> = {}): Promise<void> {
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  document.body.append(el);
  await Promise.resolve();
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('refused attributes', () => {
  it.each([
    [{ label: 'x'.repeat(100_000) }, /^label has 100000 characters; at most 200 are allowed$/],
    [{ label: 'a\u0000b' }, /plain text/],
    [{ daily: '<script>alert(1)</script>' }, /^daily must be "today" or a date like 2026-11-22, not "<script>alert\(1\)<\/script>"$/],
    [{ daily: '2999-01-01' }, /not out yet/],
    [{ controls: 'hint,undo' }, /^controls are separated by spaces, not commas: write "hint undo"$/],
    [{ theme: 'neon' }, /^theme must be "light", "dark" or "auto", not "neon"$/],
  ])('%j: shows the readable error as text and fires error, without a game', async (attrs, message) => {
    const { mounted, make } = setup();
    const heard: string[] = [];
    document.addEventListener('error', (e) => e instanceof CustomEvent && heard.push(String(e.detail.message)), { once: true });
    const el = make();
    await place(el, attrs);
    expect(mounted).toHaveLength(0);
    expect(heard).toHaveLength(1);
    expect(heard[0]).toMatch(message);
    expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent).toBe(`Tripebble: ${heard[0]}`);
    expect(el.error).toBe(heard[0]);
    expect(el.shadowRoot!.querySelector('script, b')).toBeNull();
  });
});

describe('the theme', () => {
  it('is passed to the game, and a change recolours it without a new game', async () => {
    const { mounted, make } = setup();
    const el = make();
    await place(el, { theme: 'dark' });
    expect(mounted[0]!.options.theme).toBe('dark');
    el.theme = 'light';
    el.setAttribute('theme', '');
    await Promise.resolve();
    expect(mounted).toHaveLength(1);
    expect(mounted[0]!.view.setTheme.mock.calls).toEqual([['light'], ['auto']]);
    expect(el.theme).toBe('auto');
  });

  it('shows a refused theme as an error, and comes back with a good one', async () => {
    const { mounted, make } = setup();
    const el = make();
    await place(el);
    el.setAttribute('theme', 'sepia');
    await Promise.resolve();
    expect(el.error).toMatch(/theme must be/);
    el.setAttribute('theme', 'dark');
    await Promise.resolve();
    expect(el.error).toBeNull();
    expect(mounted.at(-1)!.options.theme).toBe('dark');
  });
});

describe('board properties', () => {
  it('set the attributes, make one new game for codes set together, and replace a level or daily board', async () => {
    const { mounted, make } = setup();
    const el = make();
    await place(el, { level: '3' });
    el.plates = EXAMPLE_BOARD.plates;
    el.pebbles = EXAMPLE_BOARD.pebbles;
    await Promise.resolve();
    expect(mounted).toHaveLength(2);
    expect(mounted[1]!.options.board).toEqual(EXAMPLE_BOARD);
    expect(el.hasAttribute('level')).toBe(false);
    el.daily = true;
    expect(el.getAttribute('daily')).toBe('today');
    expect([el.hasAttribute('plates'), el.hasAttribute('pebbles')]).toEqual([false, false]);
    expect(el.daily).toBe('2026-11-22');
    el.level = 5;
    expect(el.level).toBe(5);
    expect(el.hasAttribute('daily')).toBe(false);
    Reflect.set(el, 'level', undefined); // as a framework may, for a prop it no longer passes
    expect(el.hasAttribute('level')).toBe(false);
    el.daily = false;
    el.level = null;
    await Promise.resolve();
    expect(mounted.at(-1)!.options).not.toHaveProperty('level');
    expect(mounted.at(-1)!.options).not.toHaveProperty('daily');
  });

  it('keeps values set before the element was upgraded', async () => {
    const { tag, mounted, defineNow } = setup(false);
    const el = document.createElement(tag);
    Object.assign(el, { level: 7, theme: 'dark' });
    document.body.append(el);
    defineNow();
    await Promise.resolve();
    expect(mounted[0]!.options).toMatchObject({ level: 7, theme: 'dark' });
    expect(el.getAttribute('level')).toBe('7');
  });
});

describe('the host API', () => {
  it('reads the game on show, and reads nothing while there is none', async () => {
    const { make } = setup();
    const el = make();
    expect([el.plates, el.pebbles, el.moves, el.par, el.solved, el.result, el.start]).toEqual([null, null, 0, null, false, null, null]);
    await place(el, EXAMPLE_BOARD);
    expect([el.plates, el.pebbles, el.moves, el.par, el.solved]).toEqual([EXAMPLE_BOARD.plates, EXAMPLE_BOARD.pebbles, 0, 16, false]);
    expect(el.start).toEqual(EXAMPLE_BOARD);
  });

  it('passes moves, hints, undo, redo and restart to the game', async () => {
    const { mounted, make } = setup();
    const el = make();
    await place(el, EXAMPLE_BOARD);
    expect(el.move(3)).toBe(true);
    expect(el.move(9)).toBe(false);
    await expect(el.hint()).resolves.toEqual({ from: 3, to: 0 });
    el.undo();
    el.redo();
    el.restart();
    expect(mounted[0]!.view.game.calls).toEqual(['move 3', 'move 9', 'hint', 'undo', 'redo', 'restart']);
  });

  it('acts on the board just set, in the same task', async () => {
    const { mounted, make } = setup();
    const el = make();
    await place(el, { level: '1' });
    el.level = 2;
    expect(el.level).toBe(2);
    el.move(3);
    expect(mounted).toHaveLength(2);
    expect(mounted[1]!.view.game.calls).toEqual(['move 3']);
    await Promise.resolve();
    expect(mounted).toHaveLength(2);
  });

  it('answers null for a hint and false for a move while there is no game', async () => {
    const { make } = setup();
    const el = make();
    await place(el, { hints: 'nope' });
    await expect(el.hint()).resolves.toBeNull();
    expect(el.move(3)).toBe(false);
  });
});
