/**
 * Starts the embed's solver worker from a URL next to embed.js, on any origin. Browsers only
 * start workers from the page's own origin, so a cross-origin worker starts from a tiny blob:
 * script that importScripts() the real one (classic workers may import cross-origin scripts,
 * without CORS). Host CSP then needs `worker-src blob:` and the script's origin in `script-src`.
 */
const blobUrls = new Map<string, string>();

function bootstrapUrl(workerUrl: string): string {
  let url = blobUrls.get(workerUrl);
  if (!url) {
    const source = `importScripts(${JSON.stringify(workerUrl)});`;
    url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    blobUrls.set(workerUrl, url);
  }
  return url;
}

/** A worker factory for the classic worker script at `workerUrl`. */
export function createWorkerFactory(workerUrl: URL, pageOrigin: string = location.origin): () => Worker {
  if (workerUrl.origin === pageOrigin) return () => new Worker(workerUrl.href, { name: 'tripebble-solver' });
  return () => new Worker(bootstrapUrl(workerUrl.href), { name: 'tripebble-solver' });
}

/** Forgets cached bootstrap URLs (for tests). */
export function resetWorkerFactories(): void {
  for (const url of blobUrls.values()) URL.revokeObjectURL(url);
  blobUrls.clear();
}
