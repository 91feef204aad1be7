/**
 * <tripebble-board> for site owners, in Chromium on a host page of another origin under a strict
 * CSP (issue 10): hostile attributes each show their error and fire `error` while the boards
 * beside them play on; a host script moves, hints, undoes and restarts a board and sets a new
 * one through the element's API; embed.mjs works from a module script, with its worker.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EXAMPLE_BOARD, applyMove, legalMoves } from '../../src/engine';
import { LEVELS } from '../../src/levels';
import { solve } from '../../src/solver';
import type { TripebbleBoardElement } from '../../src/embed/tripebble-board';
import { watchErrors } from './helpers/browser';
import { PREFIX } from './helpers/dist';
import { hostEvents, hostPage, hostScript, hostViolations } from './helpers/host';
import { hint, hole, moves, par, play, waitFor } from './helpers/play';
import { servePages, type RunningServer } from './helpers/server';
import { useSite } from './helpers/site';

const HOSTILE: Record<string, string> = {
  label: `label="${'A very long name. '.repeat(6_000)}"`,
  daily: `daily="<script>window.__pwned=1</script>"`,
  future: 'daily="2999-01-01"',
  commas: 'controls="hint,undo,restart"',
  theme: 'theme="neon"',
  control: 'label="bell&#7;"',
  hex: 'level="0x10"',
};

const BOARDS = [
  `<tripebble-board id="api" plates="${EXAMPLE_BOARD.plates}" pebbles="${EXAMPLE_BOARD.pebbles}"></tripebble-board>`,
  ...Object.entries(HOSTILE).map(([id, attrs]) => `<tripebble-board id="${id}" ${attrs}></tripebble-board>`),
  '<tripebble-board id="good" level="3" controls="hint undo"></tripebble-board>',
].join('\n');

// The host's module script: imports embed.mjs from the game's origin and says what it exported.
const moduleScript = (game: string) => `
import { TripebbleBoardElement } from '${game}${PREFIX}embed.mjs';
window.__exported = TripebbleBoardElement === customElements.get('tripebble-board');
`;

const site = useSite();
let host: RunningServer;
let page: Page;
let errors: string[];

beforeAll(async () => {
  const game = site().server.origin;
  host = await servePages({
    '/index.html': hostPage(game, `<script src="${game}${PREFIX}embed.js" defer></script>`, BOARDS),
    '/module.html': hostPage(
      game,
      '<script type="module" src="/host-module.js"></script>',
      `<tripebble-board id="mod" level="5"></tripebble-board>`,
    ),
    '/host.js': hostScript,
    '/host-module.js': { type: 'text/javascript', body: moduleScript(game) },
  });
  page = await site().browser.context.newPage();
  errors = watchErrors(page);
  await page.goto(`${host.origin}/index.html`);
});

afterAll(async () => {
  await page?.close();
  await host?.close();
});

/** Runs `act` on the #api board in the page, with the element's own types. */
function onApi<T>(act: (board: TripebbleBoardElement) => T | Promise<T>): Promise<T> {
  return page.evaluate(`(${String(act)})(document.getElementById('api'))`) as Promise<T>;
}

describe('hostile attributes', () => {
  it('each show a readable error as text and fire error, and only on their own board', async () => {
    const expected: Record<string, RegExp> = {
      label: /^Tripebble: label has \d+ characters; at most 200 are allowed$/,
      daily: /^Tripebble: daily must be "today" or a date like 2026-11-22, not "<script>window.__pwned=1<\/script>"$/,
      future: /^Tripebble: the daily board of 2999-01-01 is not out yet/,
      commas: /^Tripebble: controls are separated by spaces, not commas: write "hint undo restart"$/,
      theme: /^Tripebble: theme must be "light", "dark" or "auto", not "neon"$/,
      control: /^Tripebble: label must be plain text/,
      hex: /^Tripebble: level must be a level number/,
    };
    for (const [id, text] of Object.entries(expected)) {
      await expect.poll(() => page.locator(`#${id}`).getByRole('alert').textContent()).toMatch(text);
      expect(await page.locator(`#${id} [data-pos]`).count()).toBe(0);
    }
    const errorEvents = (await hostEvents(page)).filter((event) => event.type === 'error');
    expect(errorEvents.map((event) => event.id).sort()).toEqual(Object.keys(expected).sort());
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => document.querySelector('#daily')!.shadowRoot!.querySelector('script'))).toBeNull();
  });

  it('leave the boards beside them playing', async () => {
    const good = page.locator('#good');
    const level = LEVELS.find((l) => l.id === 3)!;
    expect(await par(good)).toBe(level.par);
    const hinted = await hint(good);
    expect(solve(level).hints).toContain(hinted);
    await play(good, hinted);
  });
});

describe('the host API', () => {
  it('moves, undoes and restarts a board, with the board on screen following', async () => {
    const api = page.locator('#api');
    expect(await par(api)).toBe(16);
    const move = legalMoves(EXAMPLE_BOARD)[0]!;
    expect(await onApi((board) => [board.move(0), board.moves])).toEqual([false, 0]);
    expect(await page.evaluate((m) => (document.getElementById('api') as unknown as TripebbleBoardElement).move(m), move)).toBe(true);
    // The board on screen follows once the pebble has landed.
    await expect.poll(() => hole(api)).toBe(move);
    expect(await moves(api)).toBe(1);
    expect(await onApi((board) => [board.moves, board.pebbles, board.par, board.solved])).toEqual([
      1,
      applyMove(EXAMPLE_BOARD, move).pebbles,
      16,
      false,
    ]);
    await onApi((board) => board.undo());
    await expect.poll(() => hole(api)).toBe(0);
    await onApi((board) => board.redo());
    await expect.poll(() => hole(api)).toBe(move);
    await onApi((board) => board.restart());
    await expect.poll(() => hole(api)).toBe(0);
    expect(await onApi((board) => [board.moves, board.pebbles])).toEqual([0, EXAMPLE_BOARD.pebbles]);
    const moveEvents = (await hostEvents(page)).filter((event) => event.id === 'api' && event.type === 'move');
    expect(moveEvents.map((event) => event.detail)).toEqual([{ move, moves: 1 }]);
  });

  it('hints through a promise, and the hinted pebble is marked', async () => {
    const shown = await onApi((board) => board.hint());
    expect(solve(EXAMPLE_BOARD).hints).toContain(shown!.from);
    expect(shown!.to).toBe(0);
    await expect.poll(() => page.locator('#api [data-hint="true"]').getAttribute('data-pos')).toBe(String(shown!.from));
  });

  it('sets a new board and a theme by property', async () => {
    const level = LEVELS.find((l) => l.id === 9)!;
    expect(await onApi((board) => ((board.level = 9), [board.level, board.start, board.getAttribute('plates')]))).toEqual([
      9,
      { plates: level.plates, pebbles: level.pebbles },
      null,
    ]);
    expect(await par(page.locator('#api'))).toBe(level.par);
    const root = page.locator('#api .tp-root');
    const ink = () => root.evaluate((element) => getComputedStyle(element).color);
    const before = await ink();
    await onApi((board) => void (board.theme = 'dark'));
    expect(await root.getAttribute('data-theme')).toBe('dark');
    expect(await ink()).not.toBe(before); // the page is light: the game's colours change
    await onApi((board) => void (board.theme = 'light'));
    expect(await ink()).toBe(before);
  });

  it('never tripped the CSP or threw', async () => {
    expect(await hostViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('embed.mjs from a module script', () => {
  it('defines the element, exports its class, and the board gets its par and hints from its worker', async () => {
    const modulePage = await site().browser.context.newPage();
    const moduleErrors = watchErrors(modulePage);
    await modulePage.goto(`${host.origin}/module.html`);
    const board = modulePage.locator('#mod');
    const level = LEVELS.find((l) => l.id === 5)!;
    expect(await par(board)).toBe(level.par);
    expect(solve(level).hints).toContain(await hint(board));
    await waitFor(
      () => modulePage.evaluate(() => (window as unknown as { __exported?: boolean }).__exported),
      (exported) => exported === true,
      'embed.mjs to export the element class',
    );
    expect(await hostViolations(modulePage)).toEqual([]);
    expect(moduleErrors).toEqual([]);
    await modulePage.close();
  });
});
