/**
 * Entry of dist/embed.js: defines <tripebble-board> with the real game. Built on its own as one
 * classic script (IIFE), so a host page needs one tag and no CORS. The page's shared solver (the
 * pool, comlink, the client) and the notices' words are a second classic script next to this one
 * (later.ts), loaded on the first solver call, after the boards are on screen; the worker file
 * and the game's stylesheet (which every board's shadow root links, so this script carries no
 * CSS) are next to it too. The solver itself is not imported here: it lives only in the worker
 * file the build names below.
 */
import { defineBoards } from './define';
import { laterParts } from './later';
import { currentScriptUrl } from './script-url';

declare const __TRIPEBBLE_EMBED_WORKER__: string;
declare const __TRIPEBBLE_EMBED_CSS__: string;

// Read while this script first runs: document.currentScript is only set then.
const scriptUrl = currentScriptUrl();
const workerUrl = new URL(__TRIPEBBLE_EMBED_WORKER__, scriptUrl);

defineBoards(() => laterParts().then((parts) => parts.sharedSolver.connect(workerUrl)), new URL(__TRIPEBBLE_EMBED_CSS__, scriptUrl).href);
