/**
 * Entry of dist/embed.js: defines <tripebble-board> with the real game, and the worker and the
 * game's stylesheet found next to this script. Built on its own as one classic script (IIFE), so a host page needs one tag.
 * The solver is not imported here: it lives only in the worker file the build names below.
 */
import { SettingsPanel } from '../ui/SettingsPanel';
import { createSolverClient } from '../worker/client';
import { mount } from './mount';
import { defineTripebbleBoard } from './element';
import { currentScriptUrl } from './script-url';
import { createWorkerFactory } from './worker-url';

declare const __TRIPEBBLE_EMBED_WORKER__: string;
declare const __TRIPEBBLE_EMBED_CSS__: string;

const scriptUrl = currentScriptUrl();
const createWorker = createWorkerFactory(new URL(__TRIPEBBLE_EMBED_WORKER__, scriptUrl));

defineTripebbleBoard({
  mount,
  options: () => ({ connect: () => createSolverClient({ createWorker }), settings: SettingsPanel }),
  // Beside this script, like the worker: a stylesheet keeps the game's CSS out of the script.
  stylesheet: new URL(__TRIPEBBLE_EMBED_CSS__, scriptUrl).href,
});
