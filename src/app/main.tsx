/**
 * The app's entry: mounts the full app on the board its address names, or else on the game to
 * go on with (start.ts); a malformed link is explained on the page. The build prerendered the
 * app on a first visit's board into index.html (prerender.tsx): mount() hydrates it when this
 * visit opens on the same state.
 * The game's and the app's styles are linked stylesheets (CSP-safe, painted before any script
 * runs). The solver runs in the app's own module worker, which Vite bundles from the URL below,
 * through a client loaded after the board (lazySolver.ts); this file imports no solver runtime
 * code. The service worker is registered here too, once the page has settled (settled.ts).
 */
import { browserStorage, mount } from '../embed/mount';
import '../ui/game.css';
import '../ui/board.css';
import '../ui/controls.css';
import '../ui/overlays.css';
import '../ui/app/app.css';
import '../ui/app/panels.css';
import { prerenderedRoot, renderOver } from './firstPaint';
import { lazySolverClient } from './lazySolver';
import { OnlineApp } from './OnlineApp';
import { idle, pageSettled, settledOrFirstInput } from './settled';
import { nextTask } from '../ui/afterPaint';
import { openingFor } from './start';
import type { SolverClient } from '../worker/client';

function createWorker(): Worker {
  return new Worker(new URL('../worker/solver.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * The app's solver client, loaded with comlink once the board is on screen and `ready` resolves:
 * the worker's start never competes with the first paint's hydration. A question asked meanwhile
 * waits for it.
 */
function connect(ready: () => Promise<void>): SolverClient {
  return lazySolverClient(() =>
    ready()
      .then(() => import('../worker/client'))
      .then(({ createSolverClient }) => createSolverClient({ createWorker })),
  );
}

/**
 * The service worker (the offline copy of the app), registered on every visit once the page has
 * settled: its install fetches and stores the whole app, which would otherwise compete with the
 * first load. Vite's dev server has none to register.
 */
function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('./sw.js').catch((error: unknown) => console.warn('no offline copy:', error));
}

const target = document.getElementById('app');
if (target) {
  // Three tasks after the entry's evaluation: the opening (the page's storage opens at its first
  // read), the store's start, then React's (renderOver); none of them one long task on a phone.
  void nextTask()
    .then(() => openingFor(location.hash, browserStorage()))
    .then(async (opening) => {
      await nextTask();
      const found = prerenderedRoot(target);
      mount(target, {
        shell: OnlineApp,
        // A level's par is known: its board needs the solver only for a hint, so the worker starts
        // at the player's first press or once the page has settled. Any other board needs it for its par.
        connect: () => connect('level' in opening ? settledOrFirstInput : idle),
        ...opening,
        prerendered: found ? { root: found.root, render: renderOver(found.key) } : undefined,
      });
    });
  void pageSettled().then(registerServiceWorker);
}
