/**
 * <tripebble-board> under jsdom with a fake mount: shadow root, options passed on, events
 * re-dispatched, errors shown as text, attribute changes, teardown. The real game is covered
 * in the browser (tests/e2e/embed.test.ts).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineTripebbleBoard, type BoardView } from '../../src/embed/element';
import type { HostEvent, MountOptions } from '../../src/embed/mount';
import { EXAMPLE_BOARD } from '../../src/engine';
import { fakeSolver } from '../support/fakeSolver';

interface Mounted {
  target: HTMLElement;
  options: MountOptions;
  view: BoardView & { unmount: ReturnType<typeof vi.fn> };
}

let count = 0;

/** A fresh tag name per test, since custom elements cannot be undefined. */
function setup(fail?: string) {
  const mounted: Mounted[] = [];
  const tag = `test-board-${++count}`;
  const mount = (target: HTMLElement, options: MountOptions): BoardView => {
    if (fail) throw new Error(fail);
    target.textContent = 'a game';
    const view = { unmount: vi.fn() };
    mounted.push({ target, options, view });
    return view;
  };
  defineTripebbleBoard({ mount, options: () => ({ connect: () => fakeSolver(), hints: true }) }, tag);
  return { tag, mounted };
}

async function place(tag: string, attrs: Record<string, string>): Promise<HTMLElement> {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  document.body.append(el);
  await Promise.resolve();
  return el;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('<tripebble-board>', () => {
  it('mounts the board into an open shadow root with the attribute options', async () => {
    const { tag, mounted } = setup();
    const el = await place(tag, { ...EXAMPLE_BOARD, controls: 'hint undo', hints: 'off' });
    expect(el.shadowRoot?.mode).toBe('open');
    expect(mounted).toHaveLength(1);
    expect(el.shadowRoot?.contains(mounted[0]!.target)).toBe(true);
    expect(mounted[0]!.options).toMatchObject({ board: EXAMPLE_BOARD, controls: ['hint', 'undo'], hints: false });
  });

  it('re-dispatches game events as bubbling, composed DOM events', async () => {
    const { tag, mounted } = setup();
    const el = await place(tag, EXAMPLE_BOARD);
    const seen: { type: string; detail: unknown; composed: boolean }[] = [];
    for (const type of ['move', 'solved', 'error']) {
      document.addEventListener(type, (e) => seen.push({ type, detail: (e as CustomEvent).detail, composed: e.composed }));
    }
    const emit = (event: HostEvent) => mounted[0]!.options.onEvent?.(event);
    emit({ type: 'move', move: 3, moves: 1 });
    emit({ type: 'solved', moves: 16, par: 16 });
    emit({ type: 'error', message: 'worker failed' });
    expect(seen).toEqual([
      { type: 'move', detail: { move: 3, moves: 1 }, composed: true },
      { type: 'solved', detail: { moves: 16, par: 16 }, composed: true },
      { type: 'error', detail: { message: 'worker failed' }, composed: true },
    ]);
    expect(el.isConnected).toBe(true);
  });

  it('shows an invalid attribute as text and fires an error event, without mounting', async () => {
    const { tag, mounted } = setup();
    const onError = vi.fn();
    document.addEventListener('error', onError);
    const el = await place(tag, { plates: EXAMPLE_BOARD.plates, pebbles: '<img src=x onerror=alert(1)>', controls: '<b>x</b>' });
    document.removeEventListener('error', onError);
    expect(mounted).toHaveLength(0);
    const alert = el.shadowRoot!.querySelector('[role="alert"]');
    expect(alert?.textContent).toMatch(/^Tripebble: invalid board: the pebbles code/);
    expect(el.shadowRoot!.querySelector('img, b')).toBeNull();
    expect(onError).toHaveBeenCalledTimes(1);
    expect((onError.mock.calls[0]![0] as CustomEvent).detail).toEqual({ message: expect.stringMatching(/pebbles code/) });
  });

  it('quotes markup in attribute values as text', async () => {
    const { tag } = setup();
    const el = await place(tag, { controls: 'hint <b>bold</b>' });
    expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent).toContain('"<b>bold</b>"');
    expect(el.shadowRoot!.querySelector('b')).toBeNull();
  });

  it('shows an error thrown by mount instead of throwing into the page', async () => {
    const { tag } = setup('the game could not start');
    const el = await place(tag, { level: '1' });
    expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent).toBe('Tripebble: the game could not start');
  });

  it('re-renders once for several attribute changes, and recovers from an error', async () => {
    const { tag, mounted } = setup();
    const el = await place(tag, EXAMPLE_BOARD);
    el.setAttribute('hints', 'nope');
    el.setAttribute('controls', 'undo');
    await Promise.resolve();
    expect(mounted[0]!.view.unmount).toHaveBeenCalledTimes(1);
    expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent).toMatch(/hints must be/);
    el.setAttribute('hints', 'on');
    await Promise.resolve();
    expect(mounted).toHaveLength(2);
    expect(mounted[1]!.options).toMatchObject({ board: EXAMPLE_BOARD, hints: true, controls: ['undo'] });
    expect(el.shadowRoot!.querySelector('[role="alert"]')).toBeNull();
  });

  it('unmounts when removed from the page', async () => {
    const { tag, mounted } = setup();
    const el = await place(tag, EXAMPLE_BOARD);
    el.remove();
    await Promise.resolve();
    expect(mounted[0]!.view.unmount).toHaveBeenCalledTimes(1);
    expect(el.shadowRoot!.childNodes).toHaveLength(0);
  });

  it('keeps its game when moved elsewhere in the page', async () => {
    const { tag, mounted } = setup();
    const el = await place(tag, EXAMPLE_BOARD);
    const other = document.createElement('section');
    document.body.append(other);
    other.append(el);
    await Promise.resolve();
    expect(mounted).toHaveLength(1);
    expect(mounted[0]!.view.unmount).not.toHaveBeenCalled();
  });

  it('keeps other boards working when one is invalid', async () => {
    const { tag, mounted } = setup();
    const bad = await place(tag, { plates: 'nonsense' });
    const good = await place(tag, EXAMPLE_BOARD);
    expect(bad.shadowRoot!.querySelector('[role="alert"]')).not.toBeNull();
    expect(good.shadowRoot!.querySelector('[role="alert"]')).toBeNull();
    expect(mounted).toHaveLength(1);
  });

  it('gives each board the shared options, with its attributes taking precedence', async () => {
    const { tag, mounted } = setup();
    await place(tag, {});
    expect(mounted[0]!.options.hints).toBe(true);
  });
});
