/**
 * The app's entry: reads the shared link in the URL hash and mounts the full app with it. A
 * malformed link is explained on the page and the app falls back to the next level to play.
 * The app's own styles are a linked stylesheet (CSP-safe, and no JavaScript to load); the
 * game's styles come with mount(). The solver runs in the app's own module worker, which Vite
 * bundles from the URL below; this file imports no solver runtime code.
 */
import { mount, registerAppShell } from '../embed/mount';
import type { MountOptions } from '../embed/mount';
import { readLink } from '../store';
import { App } from '../ui/app/App';
import '../ui/app/app.css';

function optionsFromLink(hash: string): Partial<MountOptions> {
  const target = readLink(hash);
  switch (target.kind) {
    case 'board':
      return { board: target.board };
    case 'level':
      return { level: target.id };
    case 'daily':
      return { daily: target.day ?? true };
    case 'invalid':
      return { notice: `This link's board could not be opened: ${target.error}. Here is a level to play instead.` };
    case 'none':
      return {};
  }
}

function createWorker(): Worker {
  return new Worker(new URL('../worker/solver.worker.ts', import.meta.url), { type: 'module' });
}

registerAppShell(App);
const target = document.getElementById('app');
if (target) mount(target, { app: true, createWorker, ...optionsFromLink(location.hash) });
