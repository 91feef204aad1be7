/**
 * Honest records: a game's win is recorded once (in the finished-games log) whatever undo,
 * redo or another tab do; playing again is a new game with its own hint count; a storage that
 * cannot save is said once, and again at a win that was not saved; two tabs on one board end
 * up on the game saved last.
 */
import { describe, expect, it } from 'vitest';
import { solve } from '../../src/solver';
import { FINISHED_KEY, gameKey } from '../../src/store';
import type { GameEvent, GameStore } from '../../src/store';
import { loadSaved } from '../../src/store/saved/load';
import { NEAR } from '../support/boards';
import { failingStorage, memoryStorage } from '../support/fakeSolver';
import { makeStore, settle } from '../support/store';

async function win(game: () => ReturnType<GameStore['getState']>): Promise<void> {
  for (const move of solve(game().game.board).line) game().moveFrom(move);
  await settle();
}

const log = (storage: ReturnType<typeof memoryStorage>) => JSON.parse(storage.data.get(FINISHED_KEY) ?? '{"games":[]}').games;

describe('a win', () => {
  it('is recorded once: undo and redo after it leave the saved data as it was', async () => {
    const storage = memoryStorage();
    const events: GameEvent[] = [];
    const { game } = makeStore({ board: NEAR, storage, onEvent: (e) => events.push(e) });
    await settle();
    game().pressHint();
    await win(game);
    expect(log(storage)).toEqual([
      {
        id: game().game.id,
        board: `${NEAR.plates}/${NEAR.pebbles}`,
        date: game().today(),
        moves: 3,
        par: 3,
        stars: 2,
        hintsUsed: 1,
        solutionShown: false,
        // The moves, for review; the first was made with the hint on show.
        path: solve(NEAR).line,
        hinted: [0],
      },
    ]);
    const saved = new Map(storage.data);
    game().undo();
    game().undo();
    game().redo();
    game().redo();
    await settle();
    expect(game().game.result).toMatchObject({ moves: 3, hintsUsed: 1 });
    expect(storage.data).toEqual(saved);
    expect(events.filter((e) => e.type === 'solved')).toHaveLength(1);
    expect(game().progress.stats).toMatchObject({ wins: 1, hintsUsed: 1 });
  });

  it('is recorded once even when reached again by other moves after Undo', async () => {
    const storage = memoryStorage();
    const { game } = makeStore({ board: NEAR, storage });
    await settle();
    await win(game);
    game().undo();
    game().moveFrom(game().game.future.at(-1)!);
    await settle();
    expect(game().game.result).not.toBeNull();
    expect(log(storage)).toHaveLength(1);
    expect(game().progress.stats?.wins).toBe(1);
  });

  it('played again is a new game: a new hint count, nothing to redo, and its own record', async () => {
    const storage = memoryStorage();
    const { game } = makeStore({ board: NEAR, storage });
    await settle();
    game().pressHint();
    await win(game);
    const first = game().game.id;
    game().restart();
    expect(game().game).toMatchObject({ past: [], future: [], hintsUsed: 0, recorded: false, result: null });
    expect(game().game.id).not.toBe(first);
    await win(game);
    expect(log(storage).map((g: { hintsUsed: number }) => g.hintsUsed)).toEqual([1, 0]);
    expect(game().progress.stats).toMatchObject({ wins: 2, hintsUsed: 1 });
  });

  it('before the win, Restart keeps the game: its hints and its moves to redo', async () => {
    const { game } = makeStore({ board: NEAR });
    await settle();
    game().pressHint();
    game().moveFrom(solve(NEAR).line[0]!);
    const id = game().game.id;
    game().restart();
    expect(game().game).toMatchObject({ id, hintsUsed: 1, future: [solve(NEAR).line[0]] });
  });
});

describe('a storage that cannot save', () => {
  it('says so once, keeps the game in memory, and says so again at the win', async () => {
    const storage = failingStorage('full');
    const { game } = makeStore({ board: NEAR, storage });
    await settle();
    game().updateSettings({ palette: 'high-contrast' });
    await settle();
    expect(game().session.notice).toEqual({ kind: 'not-saved', cause: 'full', win: false });
    game().dismissNotice();
    game().moveFrom(solve(NEAR).line[0]!);
    expect(game().session.notice).toBeNull();
    expect(game().progress.settings.palette).toBe('high-contrast');
    await win(game);
    expect(game().game.result).not.toBeNull();
    expect(game().session.notice).toEqual({ kind: 'not-saved', cause: 'full', win: true });
    expect(game().progress.stats).toMatchObject({ wins: 1 });
  });

  it('counts a win made before the saved data was read in this visit’s stats', async () => {
    for (const how of ['full', 'blocked'] as const) {
      const { store, game } = makeStore({ board: NEAR, storage: failingStorage(how), stats: false });
      await settle();
      await win(game);
      expect(game().game.recorded).toBe(true);
      loadSaved(store);
      expect(game().progress.stats).toMatchObject({ wins: 1 });
    }
    // A win that was saved is counted once: from the saved data.
    const storage = memoryStorage();
    const { store, game } = makeStore({ board: NEAR, storage, stats: false });
    await settle();
    await win(game);
    loadSaved(store);
    expect(game().progress.stats).toMatchObject({ wins: 1 });
    // So is a won game reopened from it on a storage that now cannot save.
    const full = failingStorage('full', Object.fromEntries(storage.data));
    const again = makeStore({ board: NEAR, storage: full, stats: false });
    await settle();
    expect(again.game().game.recorded).toBe(true);
    loadSaved(again.store);
    expect(again.game().progress.stats).toMatchObject({ wins: 1, games: 1 });
  });

  it('plays on when the storage refuses even to be read', async () => {
    const { game } = makeStore({ board: NEAR, storage: failingStorage('blocked') });
    await settle();
    expect(game().session.notice).toEqual({ kind: 'not-saved', cause: 'blocked', win: false });
    await win(game);
    expect(game().game.result).toMatchObject({ moves: 3 });
  });
});

describe('two tabs on one board', () => {
  /** Two stores on one storage, each told of the other's writes as the storage event tells a tab. */
  function twoTabs() {
    const storage = memoryStorage();
    const listeners: ((key: string | null) => void)[] = [];
    const tab = () => {
      const made = makeStore({ board: NEAR, storage, stats: false });
      const heard: ((key: string | null) => void)[] = [];
      loadSaved(made.store, (onChange) => {
        heard.push(onChange);
        listeners.push(onChange);
        return () => undefined;
      });
      return { ...made, tell: (key: string) => heard.forEach((h) => h(key)) };
    };
    return { storage, a: tab(), b: tab() };
  }

  it('end up on the game saved last, and count its win once', async () => {
    const { storage, a, b } = twoTabs();
    await settle();
    const [first, second] = solve(NEAR).line as number[];
    a.game().moveFrom(first!);
    b.tell(gameKey(NEAR));
    expect(b.game().game.past).toEqual([first]);
    b.game().moveFrom(second!);
    a.tell(gameKey(NEAR));
    expect(a.game().game.past).toEqual([first, second]);
    await win(a.game);
    b.tell(FINISHED_KEY);
    b.tell(gameKey(NEAR));
    await settle();
    expect(b.game().game).toMatchObject({ recorded: true, result: { moves: 3 } });
    expect(log(storage)).toHaveLength(1);
    expect(b.game().progress.stats?.wins).toBe(1);
  });

  it('take over settings saved in the other tab', async () => {
    const { a, b } = twoTabs();
    await settle();
    a.game().updateSettings({ palette: 'colour-blind' });
    b.tell('tripebble');
    expect(b.game().progress.settings.palette).toBe('colour-blind');
  });
});
