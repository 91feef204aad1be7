/**
 * Tiny static HTTP servers for the browser tests, on 127.0.0.1 and a random port: one serves
 * dist/ from a sub-folder (as a site owner would), one serves in-memory host pages. No caching
 * headers that could hide a missing service worker; CORS open, as on common static hosts.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

export interface RunningServer {
  /** e.g. http://127.0.0.1:40123 */
  readonly origin: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

async function listen(handler: Handler): Promise<RunningServer> {
  const server = createServer((req, res) => {
    handler(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-cache', 'access-control-allow-origin': '*', ...headers });
  res.end(body);
}

/** A file served in place of the real one (say, a worker that never answers), or null for the real one. */
export type Override = (relative: string) => Page | null;

/** Serves the directory `root` under the URL path `prefix` (e.g. "/games/tripebble/"). */
export function serveDirectory(root: string, prefix: string, override: Override = () => null): Promise<RunningServer> {
  return listen(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(prefix)) return send(res, 404, 'text/plain', `not under ${prefix}`);
    const relative = normalize(path.slice(prefix.length) || 'index.html');
    if (relative.startsWith('..') || relative.includes(`${sep}..`)) return send(res, 403, 'text/plain', 'forbidden');
    const replaced = override(relative);
    if (replaced) return send(res, 200, replaced.type, replaced.body, replaced.headers);
    let file = join(root, relative);
    const info = await stat(file).catch(() => null);
    if (info?.isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file).catch(() => null);
    if (!body) return send(res, 404, 'text/plain', 'not found');
    send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', body);
  });
}

export interface Page {
  readonly type: string;
  readonly body: string;
  readonly headers?: Record<string, string>;
}

/** Serves fixed pages by path, e.g. { '/index.html': { type, body, headers } }. */
export function servePages(pages: Record<string, Page>): Promise<RunningServer> {
  return listen(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const page = pages[path];
    if (!page) return send(res, 404, 'text/plain', 'not found');
    send(res, 200, page.type, page.body, page.headers);
  });
}
