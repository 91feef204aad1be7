/** Settings and saved stats through the store: damaged data reported as a notice, settings kept, shared storage respected. */
import { describe, expect, it } from 'vitest';
import { solve } from '../../src/solver';
import { STORAGE_KEY, emptyStats } from '../../src/store';
import { NEAR } from '../support/boards';
import { memoryStorage } from '../support/fakeSolver';
import { makeStore as make, settle } from '../support/store';

describe('saved data', () => {
  it('resets corrupted stats and says so instead of breaking', async () => {
    const storage = memoryStorage({ [STORAGE_KEY]: '{"version":1,"solved":7' });
    const { game } = make({ storage });
    await settle();
    expect(game().progress.stats.wins).toBe(0);
    expect(game().session.notice).toMatchObject({ kind: 'saved-data-reset', reason: 'damaged' });
    expect(JSON.parse(storage.data.get(STORAGE_KEY)!).version).toBe(1);
  });

  it('keeps settings across stores', () => {
    const storage = memoryStorage();
    make({ storage }).game().updateSettings({ palette: 'high-contrast', coach: true });
    expect(make({ storage }).game().progress.settings).toEqual({
      palette: 'high-contrast',
      showAll: false,
      coach: true,
      theme: 'system',
      guideSeen: false,
    });
  });

  it('reads settings saved before the theme and the guide existed: the system theme, and no first-run guide', async () => {
    const storage = memoryStorage();
    const old = { ...emptyStats(), settings: { palette: 'colour-blind', showAll: false, coach: true } };
    storage.setItem(STORAGE_KEY, JSON.stringify(old));
    const { game } = make({ storage });
    await settle();
    expect(game().session.notice).toBeNull();
    expect(game().progress.settings).toEqual({ palette: 'colour-blind', showAll: false, coach: true, theme: 'system', guideSeen: true });
  });

  it('loses only a theme it cannot read, keeping the rest', async () => {
    const storage = memoryStorage();
    storage.setItem(
      STORAGE_KEY,
      JSON.stringify({ ...emptyStats(), wins: 3, settings: { ...emptyStats().settings, theme: 'purple', palette: 'colour-blind' } }),
    );
    const { game } = make({ storage });
    await settle();
    expect(game().session.notice).toBeNull();
    expect(game().progress.stats.wins).toBe(3);
    expect(game().progress.settings).toMatchObject({ theme: 'system', palette: 'colour-blind' });
  });

  it('keeps the wins and settings of other boards that share the storage', async () => {
    const storage = memoryStorage();
    const first = make({ board: NEAR, storage });
    const second = make({ board: NEAR, storage });
    await settle();
    first.game().updateSettings({ coach: true });
    for (const move of solve(NEAR).line) first.game().moveFrom(move);
    await settle();
    second.game().updateSettings({ palette: 'colour-blind' });
    for (const move of solve(NEAR).line) second.game().moveFrom(move);
    await settle();
    const saved = JSON.parse(storage.data.get(STORAGE_KEY)!);
    expect(saved.wins).toBe(2);
    expect(saved.settings).toEqual({ palette: 'colour-blind', showAll: false, coach: true, theme: 'system', guideSeen: false });
  });

  it('resets the stats on request, keeping the settings', async () => {
    const storage = memoryStorage();
    const { game } = make({ board: NEAR, storage });
    game().updateSettings({ palette: 'high-contrast' });
    await settle();
    for (const move of solve(NEAR).line) game().moveFrom(move);
    await settle();
    expect(game().progress.stats.wins).toBe(1);
    game().resetStats();
    expect(game().progress.stats).toMatchObject({ wins: 0, solved: {}, settings: { palette: 'high-contrast' } });
    expect(JSON.parse(storage.data.get(STORAGE_KEY)!).wins).toBe(0);
  });
});

describe('help', () => {
  it('counts turning on every optimal move while they are known as a hint', async () => {
    const { game } = make();
    await settle();
    game().updateSettings({ showAll: true });
    expect(game().game.hintsUsed).toBe(1);
    game().moveFrom(3);
    expect(game().game.hintsUsed).toBe(2);
  });

  it('ignores saved help settings on a board whose host turned help off, and saves only the change', () => {
    const storage = memoryStorage();
    make({ storage }).game().updateSettings({ showAll: true, coach: true });
    const { game } = make({ storage, help: false });
    expect(game().progress.settings).toMatchObject({ showAll: false, coach: false });
    game().updateSettings({ palette: 'high-contrast' });
    expect(JSON.parse(storage.data.get(STORAGE_KEY)!).settings).toMatchObject({ palette: 'high-contrast', showAll: true, coach: true });
  });
});
