/**
 * When the page has settled (src/app/settled.ts): not before its load event, then five quiet
 * seconds and an idle moment, once for every caller; and, for what the player may need sooner,
 * at their first press of a pointer or a key.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as SettledModule from '../../src/app/settled';

type Settled = typeof SettledModule;

/** The module afresh (its promise is made once per page), on a page still loading. */
async function loading(): Promise<Settled> {
  vi.resetModules();
  Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
  return import('../../src/app/settled');
}

/** Whether `promise` has resolved by now. */
async function resolved(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  delete (document as { readyState?: unknown }).readyState;
});

describe('pageSettled', () => {
  it('waits for the load event, then five quiet seconds and an idle moment', async () => {
    const { pageSettled } = await loading();
    const settled = pageSettled();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await resolved(settled)).toBe(false);
    window.dispatchEvent(new Event('load'));
    await vi.advanceTimersByTimeAsync(4_900);
    expect(await resolved(settled)).toBe(false);
    // jsdom has no requestIdleCallback: the idle moment is 100 ms later.
    await vi.advanceTimersByTimeAsync(300);
    expect(await resolved(settled)).toBe(true);
  });

  it('counts from now on a page that has loaded already, and is the same promise for every caller', async () => {
    const { pageSettled } = await loading();
    Object.defineProperty(document, 'readyState', { value: 'complete', configurable: true });
    const first = pageSettled();
    expect(pageSettled()).toBe(first);
    await vi.advanceTimersByTimeAsync(4_900);
    expect(await resolved(first)).toBe(false);
    await vi.advanceTimersByTimeAsync(300);
    expect(await resolved(first)).toBe(true);
  });
});

describe('settledOrFirstInput', () => {
  it.each(['pointerdown', 'keydown'])('resolves at the first %s, long before the page settles', async (type) => {
    const { settledOrFirstInput } = await loading();
    const ready = settledOrFirstInput();
    await vi.advanceTimersByTimeAsync(500);
    expect(await resolved(ready)).toBe(false);
    document.body.dispatchEvent(new Event(type, { bubbles: true }));
    expect(await resolved(ready)).toBe(true);
  });

  it('resolves when the page settles without any input', async () => {
    const { settledOrFirstInput } = await loading();
    const ready = settledOrFirstInput();
    window.dispatchEvent(new Event('load'));
    await vi.advanceTimersByTimeAsync(5_200);
    expect(await resolved(ready)).toBe(true);
  });
});
