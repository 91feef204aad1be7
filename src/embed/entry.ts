/**
 * Entry of dist/embed.js: defines <tripebble-board> with the real game and a worker found next
 * to this script. Built on its own as one classic script (IIFE), so a host page needs one tag.
 * The solver is not imported here: it lives only in the worker file the build names below.
 */
import { createSolverClient } from '../worker/client';
import { mount } from './mount';
import { defineTripebbleBoard } from './element';
import { currentScriptUrl } from './script-url';
import { createWorkerFactory } from './worker-url';

declare const __TRIPEBBLE_EMBED_WORKER__: string;

const workerUrl = new URL(__TRIPEBBLE_EMBED_WORKER__, currentScriptUrl());
const createWorker = createWorkerFactory(workerUrl);

defineTripebbleBoard({ mount, options: () => ({ connect: () => createSolverClient({ createWorker }) }) });
