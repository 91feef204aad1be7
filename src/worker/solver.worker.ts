/**
 * The worker entry: exposes the solver API over comlink and nothing else. All logic lives in
 * api.ts; this file must stay free of DOM and UI imports.
 */
import { expose } from 'comlink';
import { api } from './api';

expose(api);
