/**
 * A solver worker that never answers (issue 9), in Chromium: the site is served with its worker
 * files replaced by ones that take every message and answer none. The app's player who presses
 * Hint gets a clear message within a few seconds (the watchdog restarts the worker once, then
 * gives up), not a spinner, and plays on; an embedded board on another origin says so to its
 * host with an `error` event in the same time. The deadlines below are the behaviour under test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legalMoves } from '../../src/engine';
import { LEVELS } from '../../src/levels';
import { watchErrors } from './helpers/browser';
import { DIST, PREFIX } from './helpers/dist';
import { countWorkers, hostEvents, hostPage, hostScript } from './helpers/host';
import { moves, play, press, waitFor } from './helpers/play';
import { serveDirectory, servePages, type RunningServer } from './helpers/server';
import { useSite } from './helpers/site';

/** About 3 s by design (two silences of 1.5 s); a few seconds is what a player may wait. */
const FEW_SECONDS = 6_000;
const SILENT_WORKER = { type: 'text/javascript', body: "self.addEventListener('message', () => {});\n" };
const isWorkerFile = (file: string): boolean => /^(assets\/solver\.worker-[\w-]+|embed-worker-[\w-]+)\.js$/.test(file);

const site = useSite();
let silent: RunningServer;
let host: RunningServer;

beforeAll(async () => {
  silent = await serveDirectory(DIST, PREFIX, (file) => (isWorkerFile(file) ? SILENT_WORKER : null));
  host = await servePages({
    '/index.html': hostPage(
      silent.origin,
      `<script src="${silent.origin}${PREFIX}embed.js" defer></script>`,
      '<tripebble-board id="one" level="4"></tripebble-board>',
    ),
    '/host.js': hostScript,
  });
});

afterAll(async () => {
  await host?.close();
  await silent?.close();
});

describe('a worker that never answers', () => {
  it('gives the player who presses Hint a clear message within a few seconds, and the game plays on', async () => {
    const page = await site().browser.context.newPage();
    const errors = watchErrors(page);
    const workers = countWorkers(page);
    await page.goto(`${silent.origin}${PREFIX}#level=4`);
    await page.locator('[data-pos]').first().waitFor();
    await press(page, 'Hint');
    const message = await waitFor(
      () => page.getByTestId('message').textContent(),
      (text) => /not responding/.test(text ?? ''),
      'the message that the puzzle helper is not responding',
      FEW_SECONDS,
    );
    expect(message).toMatch(/You can still play/);
    expect(await page.getByRole('button', { name: 'Hint', exact: true }).getAttribute('aria-busy')).toBe('false');
    expect(workers.started()).toBeGreaterThanOrEqual(2); // restarted once before giving up
    expect(workers.alive()).toBeLessThanOrEqual(1);
    const level = LEVELS.find((l) => l.id === 4)!;
    await play(page, legalMoves(level)[0]!);
    expect(await moves(page)).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('tells the host of an embedded board with an error event within a few seconds', async () => {
    const page = await site().browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${host.origin}/index.html`);
    const board = page.locator('#one');
    await board.locator('[data-pos]').first().waitFor();
    const events = await waitFor(
      () => hostEvents(page),
      (list) => list.some((event) => event.type === 'error'),
      'an error event from the board',
      FEW_SECONDS,
    );
    expect(events.find((event) => event.type === 'error')!.detail.message).toMatch(/not responding/);
    await play(board, legalMoves(LEVELS.find((l) => l.id === 4)!)[0]!);
    expect(errors).toEqual([]);
    await page.close();
  });
});
