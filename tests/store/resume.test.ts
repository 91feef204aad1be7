/**
 * Resume: each board's game is saved as it is played and read back by the next store on the
 * same storage (a reload, a new tab); embedded boards keep their own; a finished game reopens
 * as it was on a return, and a player's choice starts a new one; damaged saves are dropped and
 * newer ones left alone.
 */
import { describe, expect, it } from 'vitest';
import { solve } from '../../src/solver';
import { FINISHED_KEY, GAME_PREFIX, ROOT_KEY, boardId, gameKey } from '../../src/store';
import { LEVELS } from '../../src/levels';
import { NEAR } from '../support/boards';
import { memoryStorage } from '../support/fakeSolver';
import { makeStore, settle } from '../support/store';

const LEVEL_1 = { plates: LEVELS[0]!.plates, pebbles: LEVELS[0]!.pebbles };

describe('resume', () => {
  it('reads back the moves, the undo history, hints, the solution shown and the coach in a new store', async () => {
    const storage = memoryStorage();
    const first = makeStore({ board: NEAR, storage });
    await settle();
    first.game().updateSettings({ coach: true });
    first.game().pressHint();
    const [a] = solve(NEAR).line as number[];
    first.game().moveFrom(a!);
    first.game().undo();
    first.game().moveFrom(a!);
    first.game().moveFrom(solve(first.game().game.board).line[0]!);
    first.game().undo();
    const before = first.game().game;
    const again = makeStore({ board: NEAR, storage });
    expect(again.game().game).toMatchObject({
      id: before.id,
      past: before.past,
      future: before.future,
      hintsUsed: 1,
      board: before.board,
      solutionShown: false,
    });
    expect(again.game().progress.settings.coach).toBe(true);
  });

  it('keeps a game per board: boards on one page never write over each other', async () => {
    const storage = memoryStorage();
    const near = makeStore({ board: NEAR, storage, stats: false });
    const level = makeStore({ board: LEVEL_1, storage, stats: false });
    await settle();
    near.game().moveFrom(solve(NEAR).line[0]!);
    level.game().moveFrom(solve(LEVEL_1).line[0]!);
    level.game().moveFrom(solve(level.game().game.board).line[0]!);
    expect(makeStore({ board: NEAR, storage }).game().game.past).toHaveLength(1);
    expect(makeStore({ board: LEVEL_1, storage }).game().game.past).toHaveLength(2);
    expect([...storage.data.keys()].filter((k) => k.startsWith(GAME_PREFIX)).sort()).toEqual([gameKey(LEVEL_1), gameKey(NEAR)].sort());
  });

  it('saves once the move is drawn, the latest game then; at once when the page is hidden, another board opens or the store goes', async () => {
    const storage = memoryStorage();
    const steps: (() => void)[] = [];
    const saved = () => (makeStore({ board: NEAR, storage }).game().game.past as number[]).length;
    const first = makeStore({ board: NEAR, storage, stats: false, afterPaint: (step) => steps.push(step) });
    await settle();
    const [a, b] = solve(NEAR).line as number[];
    first.game().moveFrom(a!);
    first.game().moveFrom(b!);
    // Nothing written in the moves' own task; the paint's step writes both.
    expect(storage.data.has(gameKey(NEAR))).toBe(false);
    for (const step of steps.splice(0)) step();
    expect(saved()).toBe(2);
    // A page hidden before the paint keeps the move.
    first.game().undo();
    document.dispatchEvent(new Event('visibilitychange'));
    expect(saved()).toBe(1);
    // Another board opened before the paint: the one left is saved as it was left.
    first.game().undo();
    first.game().newGame(LEVEL_1);
    expect(saved()).toBe(0);
    first.game().moveFrom(solve(LEVEL_1).line[0]!);
    first.game().dispose();
    expect(makeStore({ board: LEVEL_1, storage }).game().game.past).toHaveLength(1);
  });

  it('reopening the board just played before the paint resumes it with its last move', async () => {
    const storage = memoryStorage();
    const game = makeStore({ board: NEAR, storage, stats: false, afterPaint: () => undefined });
    await settle();
    const [a, b] = solve(NEAR).line as number[];
    game.game().moveFrom(a!);
    game.game().moveFrom(b!);
    game.game().newGame(NEAR, undefined, null, 'return');
    expect(game.game().game.past).toHaveLength(2);
  });

  it('saves nothing for a board where nothing was done', async () => {
    const storage = memoryStorage();
    makeStore({ board: NEAR, storage });
    await settle();
    expect(storage.data.has(gameKey(NEAR))).toBe(false);
  });

  it('reopens a finished game as it was on a return, without counting it again; a choice to play starts anew', async () => {
    const storage = memoryStorage();
    const first = makeStore({ board: NEAR, storage });
    await settle();
    for (const move of solve(NEAR).line) first.game().moveFrom(move);
    await settle();
    expect(first.game().game.result).not.toBeNull();
    const saved = new Map(storage.data);
    const back = makeStore({ board: NEAR, storage });
    await settle();
    expect(back.game().game).toMatchObject({ recorded: true, result: { moves: 3, par: 3 } });
    expect(back.game().session.announcement).toBeNull();
    expect(back.game().progress.stats?.wins).toBe(1);
    back.game().newGame(NEAR, { kind: 'custom' }, null, 'return');
    await settle();
    expect(storage.data).toEqual(saved);
    back.game().newGame(NEAR);
    expect(back.game().game).toMatchObject({ past: [], future: [], hintsUsed: 0, recorded: false });
    expect(back.game().game.id).not.toBe(first.game().game.id);
    expect(storage.data.has(gameKey(NEAR))).toBe(false);
  });

  it('drops a damaged save, says so, and keeps everything else', async () => {
    const root = JSON.stringify({ version: 2, settings: { palette: 'high-contrast', showAll: false, coach: false } });
    const storage = memoryStorage({ [gameKey(NEAR)]: JSON.stringify({ version: 2, id: 'x', past: [0, 0] }), [ROOT_KEY]: root });
    const { game } = makeStore({ board: NEAR, storage });
    await settle();
    expect(game().game.past).toEqual([]);
    expect(game().session.notice).toMatchObject({ kind: 'saved-data-damaged', lost: { games: 1 } });
    expect(game().session.notice).not.toMatchObject({ lost: { settings: true } });
    expect(game().progress.settings.palette).toBe('high-contrast');
    expect(storage.data.has(gameKey(NEAR))).toBe(false);
    expect(storage.data.get(ROOT_KEY)).toBe(root);
  });

  it('never replays a save whose moves are not legal on its board', () => {
    for (const past of [[3, 3], ['3'], 'abc', [99], null]) {
      const storage = memoryStorage({
        [gameKey(NEAR)]: JSON.stringify({
          version: 2,
          id: 'x',
          past,
          future: [],
          hintsUsed: 0,
          solutionShown: false,
          recorded: false,
          coach: false,
        }),
      });
      expect(makeStore({ board: NEAR, storage, stats: false }).game().game.past).toEqual([]);
    }
  });

  it('leaves a newer save alone and saves nothing beside it', async () => {
    const newer = JSON.stringify({ version: 3, id: 'future', moves: 'whatever' });
    const storage = memoryStorage({ [gameKey(NEAR)]: newer });
    const { game } = makeStore({ board: NEAR, storage });
    await settle();
    expect(game().session.notice).toEqual({ kind: 'saved-data-newer' });
    for (const move of solve(NEAR).line) game().moveFrom(move);
    await settle();
    expect(game().game.result).not.toBeNull();
    expect(game().session.notice).toEqual({ kind: 'not-saved', cause: 'newer', win: true });
    expect(storage.data).toEqual(new Map([[gameKey(NEAR), newer]]));
  });

  it('starts on a board named by the host with its saved game, finished or not', () => {
    const storage = memoryStorage();
    const first = makeStore({ board: NEAR, storage });
    first.game().moveFrom(solve(NEAR).line[0]!);
    expect(makeStore({ storage }).game().game.past).toEqual([]);
    const level = makeStore({ storage });
    level.game().loadLevel(1);
    level.game().moveFrom(solve(LEVEL_1).line[0]!);
    const again = makeStore({ storage });
    again.game().loadLevel(1, 'return');
    expect(again.game().game.past).toHaveLength(1);
    expect(JSON.parse(storage.data.get(gameKey(LEVEL_1))!)).toMatchObject({ source: { kind: 'level', id: 1 }, version: 2 });
    expect(boardId(LEVEL_1)).toBe(`${LEVEL_1.plates}/${LEVEL_1.pebbles}`);
    expect(storage.data.has(FINISHED_KEY)).toBe(false);
  });
});
