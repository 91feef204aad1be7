/**
 * The saved-data reader, by properties: corrupting any one field of a valid save keeps every
 * other valid entry, and reading never throws, whatever the text (a byte-order mark, trailing
 * garbage, wrong types, huge input). Also its certain repairs, and what it counts as lost.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_BOARD } from '../../../src/engine';
import { FINISHED_KEY, GAME_PREFIX, LEGACY_KEY, ROOT_KEY, createVault } from '../../../src/store/storage';
import type { FinishedGame, SolvedEntry, Stats } from '../../../src/store';
import { starsFor } from '../../../src/store';
import { readJson } from '../../../src/store/saved/read';
import { repairSaved } from '../../../src/store/saved/repair';
import { LEVELS } from '../../../src/levels';
import { memoryStorage } from '../../support/fakeSolver';

const boardKeys = LEVELS.slice(0, 12).map((b) => `${b.plates}/${b.pebbles}`);
const day = fc
  .date({ min: new Date(2020, 0, 1), max: new Date(2030, 11, 31), noInvalidDate: true })
  .map((d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`);
const count = fc.nat({ max: 500 });

const solvedEntry: fc.Arbitrary<SolvedEntry> = fc.oneof(
  fc.record({ best: fc.constant(null), par: count, stars: fc.constant(0 as const), help: fc.constant('solution' as const) }),
  fc.record(
    { best: count, par: count, stars: fc.constantFrom(1 as const, 2 as const, 3 as const), help: fc.constantFrom('hints' as const) },
    { requiredKeys: ['best', 'par', 'stars'] },
  ),
);
const base: fc.Arbitrary<Stats> = fc.record({
  solved: fc.dictionary(fc.constantFrom(...boardKeys), solvedEntry, { maxKeys: 5 }),
  daily: fc.record({
    last: fc.option(day, { nil: null }),
    streak: count,
    best: count,
    results: fc.dictionary(day, fc.record({ moves: count, par: count, hints: count }), { maxKeys: 4 }),
  }),
  hintsUsed: count,
  wins: count,
  games: count,
  overPar: fc.dictionary(fc.nat({ max: 30 }).map(String), count, { maxKeys: 5 }),
  lastWins: fc.constant({}),
});
const finished: fc.Arbitrary<FinishedGame[]> = fc.uniqueArray(
  fc
    .record({
      id: fc.string({ minLength: 1, maxLength: 12 }),
      board: fc.constantFrom(...boardKeys),
      date: day,
      moves: fc.integer({ min: 1, max: 60 }),
      par: count,
      hintsUsed: count,
      solutionShown: fc.boolean(),
    })
    .map((g) => ({ ...g, stars: starsFor(g) })),
  { selector: (g) => g.id, maxLength: 6 },
);
const settings = fc.record({
  palette: fc.constantFrom('default', 'colour-blind', 'high-contrast'),
  showAll: fc.boolean(),
  coach: fc.boolean(),
});

/** Values wrong for every field of the schema (a string id aside, which stays an id). */
const BAD: readonly unknown[] = [-1, 'x', null, {}, [], 4.5, true, '2026-02-30', 1e12];

type Path = readonly (string | number)[];

/** Every path into a JSON value (containers and leaves). */
function pathsOf(value: unknown, at: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [at];
  const children = Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...at, Array.isArray(value) ? Number(k) : k]));
  return [at, ...children];
}

function setAt(value: unknown, path: Path, next: unknown): unknown {
  if (path.length === 0) return next;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[path[0]!] = setAt(copy[path[0]!], path.slice(1), next);
  return copy;
}

const within = (path: Path, prefix: Path): boolean => prefix.every((p, i) => path[i] === p);
/** An entry is spared when the corruption is neither inside it nor around it. */
const spared = (corrupted: Path, entry: Path): boolean => !within(corrupted, entry) && !within(entry, corrupted);

describe('the saved-data reader', () => {
  it('keeps every other valid entry when any one field of a valid save is corrupted', () => {
    fc.assert(
      fc.property(settings, base, finished, fc.nat(), fc.constantFrom(...BAD), (s, b, games, pick, bad) => {
        const saved = { root: { version: 2, settings: s, base: b }, log: { version: 2, games } };
        const paths = pathsOf(saved).filter((p) => p.length > 0);
        const path = paths[pick % paths.length]!;
        const corrupted = setAt(saved, path, bad) as typeof saved;
        const storage = memoryStorage({ [ROOT_KEY]: JSON.stringify(corrupted.root), [FINISHED_KEY]: JSON.stringify(corrupted.log) });
        const before = new Map(storage.data);
        const read = repairSaved(createVault(storage, () => undefined));
        if (path.at(-1) === 'version' && typeof bad === 'number' && bad > 2) {
          // A version number above ours reads as newer data: left as it is, not read.
          const key = path[0] === 'root' ? ROOT_KEY : FINISHED_KEY;
          expect(storage.data.get(key)).toBe(before.get(key));
          return;
        }
        for (const [key, entry] of Object.entries(b.solved)) {
          if (spared(path, ['root', 'base', 'solved', key])) expect(read.base.solved[key]).toEqual(entry);
        }
        for (const [key, entry] of Object.entries(b.daily.results)) {
          if (spared(path, ['root', 'base', 'daily', 'results', key])) expect(read.base.daily.results[key]).toEqual(entry);
        }
        for (const field of ['wins', 'hintsUsed'] as const) {
          if (spared(path, ['root', 'base', field])) expect(read.base[field]).toBe(b[field]);
        }
        games.forEach((game, i) => {
          if (spared(path, ['log', 'games', i])) expect(read.games).toContainEqual(game);
        });
        // What is written back reads the same again, with nothing more lost.
        const again = repairSaved(createVault(storage, () => undefined));
        expect(again).toEqual({ ...read, lost: {} });
        if (spared(path, ['root', 'settings'])) expect(JSON.parse(storage.getItem(ROOT_KEY)!).settings).toMatchObject(s);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws, whatever the text under any key', () => {
    const text = fc.oneof(
      fc.string(),
      fc.json(),
      fc.json().map((j) => `\uFEFF${j}`),
      fc.tuple(fc.json(), fc.string()).map(([j, s]) => j + s),
      fc.constantFrom('{"version":2,"games":[', '{"version":2,"base":{"solved":[]}}', '[]', 'null', '"x"', '{"version":"2"}'),
    );
    fc.assert(
      fc.property(text, text, text, text, (root, log, legacy, game) => {
        const storage = memoryStorage({
          [ROOT_KEY]: root,
          [FINISHED_KEY]: log,
          [LEGACY_KEY]: legacy,
          [`${GAME_PREFIX}${EXAMPLE_BOARD.plates}/${EXAMPLE_BOARD.pebbles}`]: game,
        });
        expect(() => repairSaved(createVault(storage, () => undefined))).not.toThrow();
        expect(() => readJson(root)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('reads huge input without throwing', () => {
    const huge = `{"version":2,"games":[${Array.from({ length: 20_000 }, (_, i) => `{"id":"${i}"}`).join(',')}]}`;
    const deep = '['.repeat(100_000);
    const storage = memoryStorage({ [ROOT_KEY]: deep, [FINISHED_KEY]: huge });
    const read = repairSaved(createVault(storage, () => undefined));
    expect(read.games).toEqual([]);
    expect(read.lost).toMatchObject({ finished: 20_000, settings: true });
  });
});

describe('readJson', () => {
  it('drops a byte-order mark and garbage after a whole value, and says it repaired them', () => {
    expect(readJson('\uFEFF{"a":1}')).toEqual({ value: { a: 1 }, repaired: true });
    expect(readJson('{"a":"}"}trailing')).toEqual({ value: { a: '}' }, repaired: true });
    expect(readJson('[1,2]]]')).toEqual({ value: [1, 2], repaired: true });
    expect(readJson('{"a":1}')).toEqual({ value: { a: 1 }, repaired: false });
  });

  it('gives up on text that holds no whole value', () => {
    for (const text of ['{"a":', 'garbage{"a":1}', '', '{"a":1', '}{']) expect(readJson(text)).toBeNull();
  });
});
