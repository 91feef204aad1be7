/**
 * Runs work that nothing on screen waits for once the browser has drawn the next frame: a task
 * queued from an animation frame callback runs after that frame's paint, so a move's click
 * paints first and talks to the solver after. A hidden page draws no frames: a timer stands in
 * (a page hidden after the call runs the step when it is shown again: nothing waits for it).
 * whenIdle runs work that can wait for a moment the page has to spare, and nextTask splits a
 * start into tasks of their own. Browser scheduling only; no React, no store.
 */

export function afterPaint(step: () => void): void {
  // A hidden page draws no frames.
  if (typeof requestAnimationFrame !== 'function' || typeof document === 'undefined' || document.hidden) setTimeout(step, 0);
  else requestAnimationFrame(() => setTimeout(step, 0));
}

/** Runs `step` once the page has a moment to spare (within 2 s at most). */
export function whenIdle(step: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => step(), { timeout: 2000 });
  else setTimeout(step, 100);
}

/**
 * Resolves in a task of its own (scheduler.yield where there is one: it resumes ahead of other
 * queued work): the page's input and painting may run between the steps of a start, which would
 * otherwise be one long task on a phone.
 */
export const nextTask = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};
