/**
 * One solver for a page of boards (issue 10): a host page of another origin under a strict CSP
 * with 30 boards (29 levels and today's daily board) runs at most two solver workers, one that
 * solves and one that generates, while hints work on several boards; 200 boards removed and
 * added again start no more. Workers are counted as Chromium reports them to Playwright (the
 * DevTools protocol's targets), not by timing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LEVELS } from '../../src/levels';
import { solve } from '../../src/solver';
import { watchErrors } from './helpers/browser';
import { PREFIX } from './helpers/dist';
import { countWorkers, hostPage, hostScript, hostViolations } from './helpers/host';
import { hint, par, play } from './helpers/play';
import { servePages, type RunningServer } from './helpers/server';
import { useSite } from './helpers/site';

const LEVEL_BOARDS = LEVELS.slice(0, 29);

function boards(): string {
  const levels = LEVEL_BOARDS.map(
    (level) => `<tripebble-board id="b${level.id}" level="${level.id}" controls="hint undo restart"></tripebble-board>`,
  );
  return [...levels, '<tripebble-board id="daily" daily="today" controls="hint"></tripebble-board>'].join('\n');
}

const site = useSite();
let host: RunningServer;
let page: Page;
let errors: string[];
let workers: ReturnType<typeof countWorkers>;

beforeAll(async () => {
  const game = site().server.origin;
  host = await servePages({
    '/index.html': hostPage(game, `<script src="${game}${PREFIX}embed.js" defer></script>`, boards()),
    '/host.js': hostScript,
  });
  page = await site().browser.context.newPage();
  errors = watchErrors(page);
  workers = countWorkers(page);
  await page.goto(`${host.origin}/index.html`);
});

afterAll(async () => {
  await page?.close();
  await host?.close();
});

const level = (id: number) => LEVELS.find((l) => l.id === id)!;

describe('a page of 30 boards', () => {
  it('works out every par and today’s daily board on two workers at most', async () => {
    for (const { id } of LEVEL_BOARDS) expect(await par(page.locator(`#b${id}`))).toBe(level(id).par);
    expect(await par(page.locator('#daily'))).toBeGreaterThan(0);
    expect(workers.started()).toBe(2);
    expect(workers.alive()).toBeLessThanOrEqual(2);
  });

  it('hints an optimal move on several boards, on the same workers', async () => {
    for (const id of [1, 14, 29]) {
      const board = page.locator(`#b${id}`);
      const hinted = await hint(board);
      expect(solve(level(id)).hints).toContain(hinted);
      await play(board, hinted);
    }
    expect(await hint(page.locator('#daily'))).toEqual(expect.any(Number));
    expect(workers.started()).toBe(2);
  });

  it('starts no more workers over 200 boards removed and added again, and hints go on', async () => {
    const before = workers.started();
    await page.evaluate(async () => {
      const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
      const all = [...document.querySelectorAll('tripebble-board')];
      for (let i = 0; i < 200; i++) {
        const board = all[i % all.length]!;
        const [parent, next] = [board.parentNode!, board.nextSibling];
        board.remove();
        await tick(); // gone long enough to be torn down: its questions are cancelled
        parent.insertBefore(board, next);
        await tick(); // back, with a new game asking the solver
      }
    });
    expect(workers.started()).toBe(before);
    expect(workers.alive()).toBeLessThanOrEqual(2);
    const board = page.locator('#b7');
    expect(solve(level(7)).hints).toContain(await hint(board));
  });

  it('never tripped the CSP or threw', async () => {
    expect(await hostViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
