/**
 * Runs work that nothing on screen waits for once the browser has drawn the next frame: a task
 * queued from an animation frame callback runs after that frame's paint, so a move's click
 * paints first and talks to the solver after. Every step asked for before that frame runs in
 * the same one task, so React draws what they change together, in one render during the leap.
 * A hidden page draws no frames: a timer stands in (a page hidden after the call runs the step
 * when it is shown again: nothing waits for it). Browser scheduling only; no React, no store.
 */

let waiting: (() => void)[] | null = null;

function runAll(): void {
  const steps = waiting ?? [];
  waiting = null;
  for (const step of steps) {
    try {
      step();
    } catch (error) {
      // One failing step does not keep the others from running; its error is still reported.
      setTimeout(() => {
        throw error;
      }, 0);
    }
  }
}

export function afterPaint(step: () => void): void {
  // A hidden page draws no frames.
  if (typeof requestAnimationFrame !== 'function' || typeof document === 'undefined' || document.hidden) {
    setTimeout(step, 0);
  } else if (waiting) {
    waiting.push(step);
  } else {
    waiting = [step];
    requestAnimationFrame(() => setTimeout(runAll, 0));
  }
}
