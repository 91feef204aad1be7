/**
 * The app's lazily loaded solver client: the same wrapper embed.js uses, kept under this name
 * for the app's entry. See src/worker/lazy.ts.
 */
export { lazySolverClient } from '../worker/lazy';
