/**
 * Entry of dist/embed.js: defines <tripebble-board> with the real game. Built on its own as one
 * classic script (IIFE), so a host page needs one tag and no CORS. The page's shared solver (the
 * pool, comlink, the client) is a second classic script next to this one, loaded on the first
 * solver call, after the boards are on screen; the worker file and the game's stylesheet (which
 * every board's shadow root links, so this script carries no CSS) are next to it too. The solver
 * itself is not imported here: it lives only in the worker file the build names below.
 */
import { defineBoards } from './define';
import { loadScript } from './load-script';
import { currentScriptUrl } from './script-url';
import type * as SharedSolver from './shared-solver';

declare const __TRIPEBBLE_EMBED_WORKER__: string;
declare const __TRIPEBBLE_EMBED_SOLVER__: string;
declare const __TRIPEBBLE_EMBED_CSS__: string;

type SharedSolverModule = typeof SharedSolver;

const isSharedSolver = (value: unknown): value is SharedSolverModule =>
  typeof value === 'object' && value !== null && 'connect' in value && typeof value.connect === 'function';

// Read while this script first runs: document.currentScript is only set then.
const scriptUrl = currentScriptUrl();
const workerUrl = new URL(__TRIPEBBLE_EMBED_WORKER__, scriptUrl);
const solverUrl = new URL(__TRIPEBBLE_EMBED_SOLVER__, scriptUrl);

let loading: Promise<SharedSolverModule> | null = null;
function sharedSolver(): Promise<SharedSolverModule> {
  loading ??= loadScript(solverUrl.href, isSharedSolver).catch((error: unknown) => {
    loading = null; // the next board or call tries again
    throw error;
  });
  return loading;
}

defineBoards(() => sharedSolver().then((solver) => solver.connect(workerUrl)), new URL(__TRIPEBBLE_EMBED_CSS__, scriptUrl).href);
