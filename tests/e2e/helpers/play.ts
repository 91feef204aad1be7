/**
 * Plays a board like a person, through the stable test hooks only: data-pos / data-hole /
 * data-hint, the buttons named Hint and Undo, data-testid moves / par / win. `scope` is the page
 * or the <tripebble-board> element (Playwright's CSS locators pierce open shadow roots).
 */
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

type Scope = Page | Locator;

function numberIn(text: string | null, what: string): number {
  const match = /\d+/.exec(text ?? '');
  if (!match) throw new Error(`${what} shows no number: ${JSON.stringify(text)}`);
  return Number(match[0]);
}

/** Waits until `read` returns a value that satisfies `ok`, and returns it. */
export async function waitFor<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await read().catch(() => undefined as T);
    if (last !== undefined && ok(last)) return last;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what} (last value: ${JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function moves(scope: Scope): Promise<number> {
  return numberIn(await scope.locator('[data-testid="moves"]').first().textContent(), 'the moves counter');
}

/** The par once the worker has computed it. */
export async function par(scope: Scope, timeoutMs = 30_000): Promise<number> {
  const text = await waitFor(
    () => scope.locator('[data-testid="par"]').first().textContent(),
    (t) => /\d/.test(t ?? ''),
    'the par to be shown',
    timeoutMs,
  );
  return numberIn(text, 'the par');
}

export async function hole(scope: Scope): Promise<number> {
  const holes = scope.locator('[data-hole="true"]');
  await expect.poll(() => holes.count()).toBe(1);
  return Number(await holes.first().getAttribute('data-pos'));
}

export async function positions(scope: Scope): Promise<number> {
  return scope.locator('[data-pos]').count();
}

/** Clicks the pebble at `pos` and waits for the move to count. */
export async function play(scope: Scope, pos: number): Promise<void> {
  const before = await moves(scope);
  await scope.locator(`[data-pos="${pos}"]`).first().click();
  await waitFor(
    () => moves(scope),
    (m) => m === before + 1,
    `move ${pos} to count`,
  );
}

export async function press(scope: Scope, name: 'Hint' | 'Undo' | 'Redo' | 'Restart'): Promise<void> {
  await scope.getByRole('button', { name, exact: true }).first().click();
}

/** Presses Hint until a pebble is marked, and returns its position. */
export async function hint(scope: Scope, timeoutMs = 30_000): Promise<number> {
  await press(scope, 'Hint');
  const marked = scope.locator('[data-hint="true"]').first();
  await marked.waitFor({ state: 'attached', timeout: timeoutMs });
  return Number(await marked.getAttribute('data-pos'));
}

export async function isWon(scope: Scope): Promise<boolean> {
  return (await scope.locator('[data-testid="win"]').count()) > 0;
}

/** Follows hints to the win; returns the moves played. */
export async function solveWithHints(scope: Scope, maxMoves = 30): Promise<number[]> {
  const played: number[] = [];
  while (!(await isWon(scope))) {
    if (played.length >= maxMoves) throw new Error(`not solved after ${maxMoves} hinted moves: ${played.join(' ')}`);
    const pos = await hint(scope);
    await play(scope, pos);
    played.push(pos);
  }
  return played;
}
