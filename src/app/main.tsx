/**
 * The app's entry: reads the shared link in the URL hash and mounts the full app with it. A
 * malformed link is explained on the page and the app falls back to the next level to play
 * (start.ts). The build prerendered the app on its opening board into index.html (prerender.tsx):
 * mount() hydrates it when this visit opens on the same state.
 * The game's and the app's styles are linked stylesheets (CSP-safe, painted before any script
 * runs). The solver runs in the app's own module worker, which Vite
 * bundles from the URL below, through a client loaded after the board (lazySolver.ts); this
 * file imports no solver runtime code.
 */
import { mount } from '../embed/mount';
import type { MountOptions } from '../embed/mount';
import { readLink } from '../store';
import '../ui/game.css';
import '../ui/app/app.css';
import { prerenderedRoot, renderOver } from './firstPaint';
import { lazySolverClient } from './lazySolver';
import { OnlineApp } from './OnlineApp';
import { openOnLevel } from './start';

function optionsFromLink(hash: string): Partial<MountOptions> {
  const link = readLink(hash);
  if (!link.ok) return { notice: { kind: 'link-invalid', error: link.error, fallback: true } };
  const target = link.value;
  switch (target.kind) {
    case 'board':
      return { board: target.board };
    case 'level':
      return { level: target.id };
    case 'daily':
      return { daily: target.day ?? true };
    case 'none':
      return {};
  }
}

function createWorker(): Worker {
  return new Worker(new URL('../worker/solver.worker.ts', import.meta.url), { type: 'module' });
}

/** Resolves once the page has a moment to spare (and within 2 s at most). */
const idle = (): Promise<void> =>
  new Promise((resolve) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 2000 }) : setTimeout(resolve, 100),
  );

/**
 * The app's solver client, loaded with comlink once the board is on screen and the page is idle:
 * the worker's start never competes with the first paint's hydration. A level's par is known
 * before; a hint asked for meanwhile waits for it.
 */
function connect() {
  return lazySolverClient(() =>
    idle()
      .then(() => import('../worker/client'))
      .then(({ createSolverClient }) => createSolverClient({ createWorker })),
  );
}

const target = document.getElementById('app');
if (target) {
  const asked = optionsFromLink(location.hash);
  const found = prerenderedRoot(target);
  mount(target, {
    shell: OnlineApp,
    connect,
    ...asked,
    prepare: (store) => openOnLevel(store, asked),
    prerendered: found ? { root: found.root, render: renderOver(found.key) } : undefined,
  });
}
