/**
 * Entry of dist/embed.mjs, the ES module build for sites that bundle or load modules: defines
 * <tripebble-board> like embed.js and exports the element's class (typed in embed.d.mts). Its
 * lazy parts (the page's shared solver) are chunks next to it, and the worker file and the
 * game's stylesheet are found next to it through import.meta.url. The solver is only in the worker.
 */
import { defineBoards } from './define';

declare const __TRIPEBBLE_EMBED_WORKER__: string;
declare const __TRIPEBBLE_EMBED_CSS__: string;

// The build names the file as './embed-worker-HASH.js': bundlers that meet `new URL('./…',
// import.meta.url)` in embed.mjs copy the worker file too.
const workerUrl = new URL(__TRIPEBBLE_EMBED_WORKER__, import.meta.url);

/** The element's class (what `document.createElement('tripebble-board')` makes). */
export const TripebbleBoardElement = defineBoards(
  () => import('./shared-solver').then((solver) => solver.connect(workerUrl)),
  new URL(__TRIPEBBLE_EMBED_CSS__, import.meta.url).href,
);
