/**
 * Starts the embed's solver worker from a URL next to embed.js, on any origin. Browsers only
 * start workers from the page's own origin, so a cross-origin worker starts from a tiny blob:
 * script that importScripts() the real one (classic workers may import cross-origin scripts,
 * without CORS). Host CSP then needs `worker-src blob:` and the script's origin in `script-src`.
 */

/**
 * A worker factory for the classic worker script at `workerUrl`. A cross-origin one makes its
 * bootstrap blob once, on its first worker, and reuses it for every worker after.
 */
export function createWorkerFactory(workerUrl: URL, pageOrigin: string = location.origin): () => Worker {
  if (workerUrl.origin === pageOrigin) return () => new Worker(workerUrl.href, { name: 'tripebble-solver' });
  let bootstrap: string | null = null;
  return () => {
    bootstrap ??= URL.createObjectURL(new Blob([`importScripts(${JSON.stringify(workerUrl.href)});`], { type: 'text/javascript' }));
    return new Worker(bootstrap, { name: 'tripebble-solver' });
  };
}
