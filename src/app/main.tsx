/**
 * The app's entry: reads the shared link in the URL hash and mounts the full app with it. A
 * malformed link is explained on the page and the app falls back to the next level to play
 * (start.ts).
 * The app's own styles are a linked stylesheet (CSP-safe, and no JavaScript to load); the
 * game's styles come with mount(). The solver runs in the app's own module worker, which Vite
 * bundles from the URL below, through a client loaded after the board (lazySolver.ts); this
 * file imports no solver runtime code.
 */
import { mount } from '../embed/mount';
import type { MountOptions } from '../embed/mount';
import { readLink } from '../store';
import { App } from '../ui/app/App';
import '../ui/app/app.css';
import { lazySolverClient } from './lazySolver';
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

/** The app's solver client, loaded with comlink once the board is on screen. */
function connect() {
  return lazySolverClient(() => import('../worker/client').then(({ createSolverClient }) => createSolverClient({ createWorker })));
}

const target = document.getElementById('app');
if (target) {
  const asked = optionsFromLink(location.hash);
  openOnLevel(mount(target, { shell: App, connect, ...asked }).store, asked);
}
