/**
 * The app's entry: mounts the full app on the board its address names, or else on the game to
 * go on with (start.ts); a malformed link is explained on the page.
 * The app's own styles are a linked stylesheet (CSP-safe, and no JavaScript to load); the
 * game's styles come with mount(). The solver runs in the app's own module worker, which Vite
 * bundles from the URL below, through a client loaded after the board (lazySolver.ts); this
 * file imports no solver runtime code.
 */
import { browserStorage, mount } from '../embed/mount';
import '../ui/app/app.css';
import { lazySolverClient } from './lazySolver';
import { OnlineApp } from './OnlineApp';
import { openingFor } from './start';

function createWorker(): Worker {
  return new Worker(new URL('../worker/solver.worker.ts', import.meta.url), { type: 'module' });
}

/** The app's solver client, loaded with comlink once the board is on screen. */
function connect() {
  return lazySolverClient(() => import('../worker/client').then(({ createSolverClient }) => createSolverClient({ createWorker })));
}

const target = document.getElementById('app');
if (target) {
  void openingFor(location.hash, browserStorage()).then((opening) => mount(target, { shell: OnlineApp, connect, ...opening }));
}
