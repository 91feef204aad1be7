/**
 * A solver client that loads the real one (and comlink with it) on its first call, so that a
 * page's first load is the board alone: the client's code arrives while the board is already on
 * screen (the app imports it; embed.js loads the page's shared solver). Every call waits for the
 * load; a load that fails reports the helper unavailable, in the shape of the client's own
 * errors, and the next call tries again. Imports only the client's types.
 */
import type { SolverClient, SolverErrorKind } from './client';

/** An error shaped like the client's SolverError (its module is the one that may not load). */
function unavailable(cause: unknown): Error {
  const error = new Error(`the puzzle helper could not be loaded: ${cause instanceof Error ? cause.message : String(cause)}`);
  return Object.assign(error, { name: 'SolverError', kind: 'unavailable' satisfies SolverErrorKind });
}

export function lazySolverClient(load: () => Promise<SolverClient>): SolverClient {
  let client: Promise<SolverClient> | null = null;
  let disposed = false;
  const loaded = (): Promise<SolverClient> =>
    (client ??= load().then(
      (real) => {
        if (disposed) real.dispose();
        return real;
      },
      (error: unknown) => {
        // A later call tries again: the network may be back.
        client = null;
        throw unavailable(error);
      },
    ));
  return {
    solve: (board, options) => loaded().then((real) => real.solve(board, options)),
    generate: (request, options) => loaded().then((real) => real.generate(request, options)),
    warmUp: () => loaded().then((real) => real.warmUp()),
    dispose() {
      disposed = true;
      void client?.then(
        (real) => real.dispose(),
        () => undefined,
      );
    },
  };
}
