/**
 * The app's router over an in-memory history: boards and views as entries, Back and Forward
 * through them (a board returned to resumes its game as it was), the address naming the board,
 * links followed from outside, and a link that cannot be opened.
 */
import { describe, expect, it, vi } from 'vitest';
import type { HistoryAdapter, View } from '../../../src/ui/app/router';
import { createRouter } from '../../../src/ui/app/router';
import { memoryStorage } from '../../support/fakeSolver';
import { makeStore, settle } from '../../support/store';

interface Entry {
  readonly hash: string;
  readonly state: unknown;
}

/** A browser history in memory: entries, an index, and the events Back, Forward and a followed link fire. */
function memoryHistory(hash: string) {
  const entries: Entry[] = [{ hash, state: null }];
  let index = 0;
  const listeners = new Set<() => void>();
  const fire = (): void => listeners.forEach((l) => l());
  const adapter: HistoryAdapter & { title: string } = {
    title: '',
    read: () => entries[index]!,
    push(next, state) {
      entries.splice(index + 1, entries.length, { hash: next, state });
      index++;
    },
    replace(next, state) {
      entries[index] = { hash: next, state };
    },
    listen(onMove) {
      listeners.add(onMove);
      return () => listeners.delete(onMove);
    },
    setTitle(title) {
      adapter.title = title;
    },
  };
  return {
    adapter,
    entries,
    at: () => entries[index]!,
    back() {
      index--;
      fire();
    },
    forward() {
      index++;
      fire();
    },
    /** A link followed in the page or typed in the address bar: a new entry without state. */
    follow(next: string) {
      entries.splice(index + 1, entries.length, { hash: next, state: null });
      index++;
      fire();
    },
  };
}

function setUp(hash = '#level=5') {
  const made = makeStore({ storage: memoryStorage() });
  made.game().loadLevel(5, 'return');
  const history = memoryHistory(hash);
  const views: View[] = [];
  const router = createRouter(made.store, history.adapter, (view) => views.push(view));
  return { ...made, history, views, router, view: () => views.at(-1) };
}

describe('the router', () => {
  it('names the board being played in the address and the title from the start', () => {
    const { history, view } = setUp('');
    expect(history.entries).toEqual([{ hash: '#level=5', state: { view: 'play' } }]);
    expect(history.adapter.title).toBe('Level 5 · tripebble');
    expect(view()).toBe('play');
  });

  it('reopens the view saved with the entry (a reload on a panel)', () => {
    const made = makeStore();
    made.game().loadLevel(5);
    const history = memoryHistory('#level=5');
    history.entries[0] = { hash: '#level=5', state: { view: 'stats' } };
    const views: View[] = [];
    createRouter(made.store, history.adapter, (v) => views.push(v));
    expect(views).toEqual(['stats']);
  });

  it('keeps the view the player opened before it loaded, when the entry names none', () => {
    const made = makeStore();
    made.game().loadLevel(5);
    const history = memoryHistory('#level=5');
    const views: View[] = [];
    createRouter(made.store, history.adapter, (v) => views.push(v), 'leaderboard');
    expect(views).toEqual(['leaderboard']);
    expect(history.entries).toEqual([{ hash: '#level=5', state: { view: 'leaderboard' } }]);
    // An entry that names a view (a reload on a panel) still reopens it.
    history.entries[0] = { hash: '#level=5', state: { view: 'stats' } };
    createRouter(made.store, history.adapter, (v) => views.push(v), 'leaderboard');
    expect(views.at(-1)).toBe('stats');
  });

  it('makes each view and each board an entry, and goes Back and Forward through them', () => {
    const { game, history, router, view } = setUp();
    router.show('levels');
    game().loadLevel(9);
    expect(history.entries.map((e) => [e.hash, (e.state as { view: View }).view])).toEqual([
      ['#level=5', 'play'],
      ['#level=5', 'levels'],
      ['#level=9', 'play'],
    ]);
    expect(view()).toBe('play');
    history.back();
    expect([game().game.source, view()]).toEqual([{ kind: 'level', id: 5 }, 'levels']);
    history.back();
    expect([game().game.source, view()]).toEqual([{ kind: 'level', id: 5 }, 'play']);
    history.forward();
    history.forward();
    expect([game().game.source, view()]).toEqual([{ kind: 'level', id: 9 }, 'play']);
    expect(history.entries).toHaveLength(3);
    expect(history.adapter.title).toBe('Level 9 · tripebble');
  });

  it('adds no entry for a view already open', () => {
    const { history, router } = setUp();
    router.show('play');
    router.show('stats');
    router.show('stats');
    expect(history.entries).toHaveLength(2);
  });

  it('goes back to a board with its game as it was, finished or not', async () => {
    const { game, history } = setUp();
    await settle();
    const move = game().answers.analysis!.line[0]!;
    game().moveFrom(move);
    game().loadLevel(9);
    history.back();
    expect(game().game).toMatchObject({ source: { kind: 'level', id: 5 }, past: [move] });
    history.forward();
    expect(game().game.source).toEqual({ kind: 'level', id: 9 });
  });

  it('opens a link followed from outside, as a new entry on the board', () => {
    const { game, history, view, router } = setUp();
    router.show('editor');
    history.follow('#level=7');
    expect([game().game.source, view()]).toEqual([{ kind: 'level', id: 7 }, 'play']);
    expect(history.at()).toEqual({ hash: '#level=7', state: { view: 'play' } });
  });

  it('explains a link that cannot be opened and names the board still played', () => {
    const { game, history } = setUp();
    history.follow('#level=0x10');
    expect(game().session.notice).toEqual({ kind: 'link-invalid', error: { code: 'level', value: '0x10' }, fallback: false });
    expect(game().game.source).toEqual({ kind: 'level', id: 5 });
    expect(history.at().hash).toBe('#level=5');
  });

  it('waits for a daily board to be made without adding an entry for it', async () => {
    const { game, history } = setUp();
    history.follow('#daily=2026-11-20');
    await vi.waitFor(() => expect(game().game.source).toMatchObject({ kind: 'daily', date: '2026-11-20' }));
    expect(history.entries.map((e) => e.hash)).toEqual(['#level=5', '#daily=2026-11-20']);
    history.back();
    expect(game().game.source).toEqual({ kind: 'level', id: 5 });
  });

  it('stops following the store and the history when disposed', () => {
    const { game, history, router } = setUp();
    router.dispose();
    game().loadLevel(9);
    expect(history.entries).toHaveLength(1);
    expect(history.adapter.title).toBe('Level 5 · tripebble');
  });
});
