/**
 * When the page has time for what its first seconds do without. pageSettled: loaded, a few
 * quiet seconds, then an idle moment; the offline copy's install and (on a level, whose par is
 * known) the solver start then, so that neither competes with the first paint, the hydration
 * and the first-run guide for the main thread, the network or the CPU's cores.
 */
import { whenIdle } from '../ui/afterPaint';

/**
 * How long after the load event the page is left alone: on a slow or busy phone the first
 * load's tasks (hydration, the guide, the saved data's reader) run for a few seconds after it.
 */
const QUIET_MS = 5000;

/** Resolves once the page has a moment to spare (and within 2 s at most). */
export const idle = (): Promise<void> => new Promise((resolve) => whenIdle(resolve));

let settled: Promise<void> | undefined;

/** Resolves once, when the page has settled; every call gets the same promise. */
export const pageSettled = (): Promise<void> =>
  (settled ??= new Promise<void>((resolve) => {
    const quiet = () => setTimeout(resolve, QUIET_MS);
    if (document.readyState === 'complete') quiet();
    else addEventListener('load', quiet, { once: true });
  }).then(idle));

/** Resolves when the page has settled, or before that at the player's first press of a pointer or key. */
export const settledOrFirstInput = (): Promise<void> =>
  Promise.race([
    pageSettled(),
    new Promise<void>((resolve) => {
      for (const type of ['pointerdown', 'keydown']) addEventListener(type, () => resolve(), { once: true, capture: true });
    }),
  ]);
