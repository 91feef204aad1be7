/** Settings and saved stats through the store: damaged settings said and replaced, settings kept, shared storage respected. */
import { describe, expect, it } from 'vitest';
import { solve } from '../../src/solver';
import { FINISHED_KEY, ROOT_KEY } from '../../src/store';
import { resetStats } from '../../src/store/saved/load';
import { NEAR } from '../support/boards';
import { memoryStorage } from '../support/fakeSolver';
import { makeStore as make, settle } from '../support/store';

const root = (storage: ReturnType<typeof memoryStorage>) => JSON.parse(storage.data.get(ROOT_KEY)!);

describe('saved data', () => {
  it('says damaged settings were lost, plays with the defaults (a returning player: no guide), and keeps the rest', async () => {
    const text = '{"version":2,"settings":{"palette":"neon"},"base":{"wins":3}}';
    const storage = memoryStorage({ [ROOT_KEY]: text });
    const { game } = make({ storage });
    await settle();
    expect(game().progress.settings).toEqual({ palette: 'default', showAll: false, coach: false, theme: 'system', guideSeen: true });
    expect(game().progress.stats?.wins).toBe(3);
    expect(game().session.notice).toEqual({ kind: 'saved-data-damaged', lost: { settings: true } });
    // The root keeps totals; the games to review stay in the log.
    const { lastWins: _games, ...totals } = game().progress.stats!;
    expect(root(storage)).toEqual({ version: 2, base: totals });
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
    const storage = memoryStorage({
      [ROOT_KEY]: JSON.stringify({ version: 2, settings: { palette: 'colour-blind', showAll: false, coach: true } }),
    });
    const { game } = make({ storage });
    await settle();
    expect(game().session.notice).toBeNull();
    expect(game().progress.settings).toEqual({ palette: 'colour-blind', showAll: false, coach: true, theme: 'system', guideSeen: true });
  });

  it('loses only a theme it cannot read, keeping the rest', async () => {
    const settings = { palette: 'colour-blind', showAll: false, coach: false, theme: 'purple', guideSeen: true };
    const storage = memoryStorage({ [ROOT_KEY]: JSON.stringify({ version: 2, settings, base: { wins: 3 } }) });
    const { game } = make({ storage });
    await settle();
    expect(game().session.notice).toBeNull();
    expect(game().progress.stats?.wins).toBe(3);
    expect(game().progress.settings).toMatchObject({ theme: 'system', palette: 'colour-blind', guideSeen: true });
  });

  it('keeps the wins and settings of other boards that share the storage', async () => {
    const storage = memoryStorage();
    const first = make({ board: NEAR, storage });
    const second = make({ board: { ...NEAR }, storage, stats: false });
    await settle();
    first.game().updateSettings({ coach: true });
    for (const move of solve(NEAR).line) first.game().moveFrom(move);
    await settle();
    second.game().updateSettings({ palette: 'colour-blind' });
    second.game().newGame(NEAR);
    for (const move of solve(NEAR).line) second.game().moveFrom(move);
    await settle();
    expect(JSON.parse(storage.data.get(FINISHED_KEY)!).games).toHaveLength(2);
    expect(root(storage).settings).toEqual({ palette: 'colour-blind', showAll: false, coach: true, theme: 'system', guideSeen: false });
  });

  it('resets the stats on request, keeping the settings', async () => {
    const storage = memoryStorage();
    const { game, store } = make({ board: NEAR, storage });
    game().updateSettings({ palette: 'high-contrast' });
    await settle();
    for (const move of solve(NEAR).line) game().moveFrom(move);
    await settle();
    expect(game().progress.stats?.wins).toBe(1);
    resetStats(store);
    expect(game().progress.stats).toMatchObject({ wins: 0, solved: {} });
    expect(game().progress.settings.palette).toBe('high-contrast');
    expect(storage.data.has(FINISHED_KEY)).toBe(false);
    expect(root(storage)).toEqual({
      version: 2,
      settings: { palette: 'high-contrast', showAll: false, coach: false, theme: 'system', guideSeen: false },
    });
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
    expect(root(storage).settings).toMatchObject({ palette: 'high-contrast', showAll: true, coach: true });
  });
});
