/**
 * Version 1's saved data migrated to version 2, entry by entry: a damaged entry costs only
 * itself (and is counted), a byte-order mark or trailing garbage costs nothing, a newer
 * version in the old key is left as it is, and the old key goes once its data is safe.
 */
import { describe, expect, it } from 'vitest';
import { LEVELS } from '../../../src/levels';
import { FINISHED_KEY, LEGACY_KEY, ROOT_KEY, createVault } from '../../../src/store/storage';
import { migrateV1 } from '../../../src/store/saved/migrate';
import { repairSaved } from '../../../src/store/saved/repair';
import { memoryStorage } from '../../support/fakeSolver';

const keys = LEVELS.slice(0, 10).map((l) => `${l.plates}/${l.pebbles}`);

/** Version 1's shape, as far as the tests damage it. */
interface V1 {
  settings: { palette: string; showAll: boolean; coach: boolean };
  solved: Record<string, { best: number; par: number; stars: number }>;
  daily: { last: string; streak: number; best: number; results: Record<string, { moves: unknown; par: number; hints: number }> };
  wins: number;
  hintsUsed: number;
}

/** What settings saved before the theme and the guide existed read as: the system's theme, guide seen. */
const LATER = { theme: 'system', guideSeen: true } as const;

/** A player of version 1: ten solved boards, a streak of 5, settings saved. */
function version1(): V1 & Record<string, unknown> {
  return {
    version: 1,
    settings: { palette: 'colour-blind', showAll: false, coach: true },
    solved: Object.fromEntries(keys.map((k, i) => [k, { best: 5 + i, par: 4 + i, stars: 2 }])),
    daily: {
      last: '2026-11-21',
      streak: 5,
      best: 7,
      results: { '2026-11-20': { moves: 14, par: 12, hints: 0 }, '2026-11-21': { moves: 13, par: 12, hints: 1 } },
    },
    hintsUsed: 9,
    wins: 14,
  };
}

function migrate(text: string) {
  const storage = memoryStorage({ [LEGACY_KEY]: text });
  const read = repairSaved(createVault(storage, () => undefined));
  return { read, storage, root: JSON.parse(storage.data.get(ROOT_KEY) ?? 'null') as Record<string, unknown> | null };
}

describe('version 1', () => {
  it('moves into the root: settings, and the stats as its base; the old key goes', () => {
    const { read, storage, root } = migrate(JSON.stringify(version1()));
    const { version: _v, settings, ...v1 } = version1();
    // Version 1 counted no games apart from wins, nor moves over par.
    const stats = { ...v1, games: v1.wins, overPar: {} };
    expect(root).toEqual({ version: 2, settings: { ...settings, ...LATER }, base: stats });
    expect(read).toEqual({ base: { ...stats, lastWins: {} }, games: [], lost: {}, newer: false });
    expect(storage.data.has(LEGACY_KEY)).toBe(false);
    expect(storage.data.has(FINISHED_KEY)).toBe(false);
  });

  it.each([
    ['a solved entry with 4 stars', (v: V1) => void (v.solved[keys[3]!]!.stars = 4), { boards: 1 }],
    ['wins of -1', (v: V1) => void (v.wins = -1), { totals: true }],
    ['a daily result of "x" moves', (v: V1) => void (v.daily.results['2026-11-20']!.moves = 'x'), { days: 1 }],
    ['a last daily day that is none', (v: V1) => void (v.daily.last = '2026-02-30'), { totals: true }],
    ['a palette that is none', (v: V1) => void (v.settings.palette = 'neon'), { settings: true }],
  ])('with %s loses that alone', (_name, damage, lost) => {
    const data = version1();
    damage(data);
    const { read, root } = migrate(JSON.stringify(data));
    expect(read.lost).toEqual(lost);
    const base = root!.base as V1;
    expect(Object.keys(base.solved)).toHaveLength('boards' in lost ? 9 : 10);
    expect(base.daily.streak).toBe(5);
    expect(Object.keys(base.daily.results)).toHaveLength('days' in lost ? 1 : 2);
    expect(base.hintsUsed).toBe(9);
    if (!('settings' in lost)) expect(root!.settings).toEqual({ ...version1().settings, ...LATER });
  });

  it('loses nothing to a byte-order mark or trailing garbage', () => {
    for (const text of [`\uFEFF${JSON.stringify(version1())}`, `${JSON.stringify(version1())}\u0000garbage}`]) {
      const { read, root } = migrate(text);
      expect(read.lost).toEqual({});
      expect(Object.keys((root!.base as V1).solved)).toHaveLength(10);
    }
  });

  it('keeps text that is no JSON aside, and says the settings and totals are lost', () => {
    const { read, storage } = migrate('{"version":1,"solved":7');
    expect(read.lost).toEqual({ settings: true, totals: true });
    expect(storage.data.get(`tripebble:damaged:${LEGACY_KEY}`)).toBe(JSON.stringify('{"version":1,"solved":7'));
    expect(storage.data.has(LEGACY_KEY)).toBe(false);
  });

  it('leaves data of a newer version in the old key as it is, byte for byte', () => {
    const text = JSON.stringify({ ...version1(), version: 2 });
    const { read, storage } = migrate(text);
    expect(read).toMatchObject({ newer: true, lost: {} });
    expect(storage.data.get(LEGACY_KEY)).toBe(text);
    expect(storage.data.has(ROOT_KEY)).toBe(false);
  });

  it('keeps settings that version 2 saved since', () => {
    const storage = memoryStorage({
      [LEGACY_KEY]: JSON.stringify(version1()),
      [ROOT_KEY]: JSON.stringify({ version: 2, settings: { palette: 'high-contrast', showAll: true, coach: false } }),
    });
    repairSaved(createVault(storage, () => undefined));
    const root = JSON.parse(storage.data.get(ROOT_KEY)!);
    expect(root.settings).toEqual({ palette: 'high-contrast', showAll: true, coach: false, ...LATER });
    expect(root.base.wins).toBe(14);
  });

  it('migrates as a pure function too', () => {
    expect(migrateV1({ version: 1 }).root).toEqual({
      version: 2,
      base: { solved: {}, daily: { last: null, streak: 0, best: 0, results: {} }, hintsUsed: 0, wins: 0, games: 0, overPar: {} },
    });
  });
});
