/**
 * Someone else's page for browser tests of embedded boards: served from its own origin under a
 * strict Content Security Policy, loading the game's files from the game's origin, with one
 * external script of its own that records the boards' events and any CSP violation.
 */
import type { Page } from 'playwright-core';
import type { Page as Served } from './server';

export interface HostEvent {
  readonly id: string;
  readonly type: string;
  readonly detail: Record<string, unknown>;
}

/** The host's own script (the CSP forbids inline ones), loaded first: it hears every board's events. */
export const HOST_JS = `
window.__events = [];
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
for (const type of ['move', 'solved', 'error']) {
  document.addEventListener(type, (e) => {
    if (e.target && e.target.localName === 'tripebble-board') window.__events.push({ id: e.target.id, type, detail: e.detail });
  });
}
`;

/** A strict policy that lets the game's origin in for scripts (and workers through blob:) and styles. */
export function strictCsp(gameOrigin: string): string {
  return [
    "default-src 'none'",
    `script-src 'self' ${gameOrigin}`,
    `worker-src ${gameOrigin} blob:`,
    `style-src 'self' ${gameOrigin}`,
    "img-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** A host page: `head` after the host's script (the embed's own tag), `body` in its <main>. */
export function hostPage(gameOrigin: string, head: string, body: string): Served {
  return {
    type: 'text/html; charset=utf-8',
    headers: { 'content-security-policy': strictCsp(gameOrigin) },
    body: `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A host page</title>
<script src="/host.js"></script>
${head}
</head><body><main>
<h1>Somebody's page</h1>
${body}
</main></body></html>`,
  };
}

export const hostScript: Served = { type: 'text/javascript', body: HOST_JS };

/** The board events the host page heard. */
export function hostEvents(page: Page): Promise<HostEvent[]> {
  return page.evaluate(() => (window as unknown as { __events: HostEvent[] }).__events);
}

/** The CSP violations the host page saw. */
export function hostViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

/** Records the solver workers a page starts (Chromium tells Playwright of each dedicated worker). */
export function countWorkers(page: Page): { started: () => number; alive: () => number } {
  let started = 0;
  page.on('worker', () => started++);
  return { started: () => started, alive: () => page.workers().length };
}
