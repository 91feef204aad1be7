/**
 * Reading saved text entry by entry: whatever the text holds (a byte-order mark, trailing
 * garbage, wrong types, huge input), reading never throws, every valid entry is kept and every
 * dropped one is counted (LostParts), so the player can be told what was lost. Repairs only
 * where they are certain: a leading byte-order mark, and garbage after a complete JSON value.
 * Loaded with store/saved, after the first board. No UI imports.
 */
import type * as z from 'zod/mini';
import type { FinishedGame } from '../finished';
import type { LostParts } from '../notices';
import type { DailyEntry, SolvedEntry, Stats } from '../stats';
import { emptyStats } from '../stats';
import { settingsIn } from '../settings';
import { isRecord } from '../storage';
import type { Settings } from '../types';
import * as schema from './schema';

/** Where a JSON value that starts the text ends (after its closing bracket), or -1. */
function endOfValue(text: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return i + 1;
      if (depth < 0) return -1;
    }
  }
  return -1;
}

/** Saved text as JSON; `repaired` when a certain repair was needed; null when it is no JSON. */
export function readJson(text: string): { readonly value: unknown; readonly repaired: boolean } | null {
  // trim() drops a byte-order mark too (it counts as white space).
  const trimmed = text.trim();
  const bom = /^\s*\uFEFF/.test(text);
  try {
    return { value: JSON.parse(trimmed) as unknown, repaired: bom };
  } catch {
    // A complete object or list followed by anything else: the value is whole, the rest is not data.
    const end = /^[[{]/.test(trimmed) ? endOfValue(trimmed) : -1;
    if (end < 0) return null;
    try {
      return { value: JSON.parse(trimmed.slice(0, end)) as unknown, repaired: true };
    } catch {
      return null;
    }
  }
}

/** The entries of a record that pass `entry`; `dropped` counts the others (1 for no record at all). */
export function entriesOf<T>(value: unknown, entry: z.ZodMiniType<T>): { kept: Record<string, T>; dropped: number } {
  if (!isRecord(value)) return { kept: {}, dropped: value === undefined ? 0 : 1 };
  const kept: Record<string, T> = {};
  let dropped = 0;
  for (const [key, item] of Object.entries(value)) {
    const checked = entry.safeParse(item);
    if (checked.success) kept[key] = checked.data;
    else dropped++;
  }
  return { kept, dropped };
}

/** A value that passes `check`, else `fallback`, noting the loss. */
function field<T>(value: unknown, check: z.ZodMiniType<T>, fallback: T, lost: () => void): T {
  const checked = check.safeParse(value);
  if (checked.success) return checked.data;
  if (value !== undefined) lost();
  return fallback;
}

/** Adds two losses together. */
export function addLost(a: LostParts, b: LostParts): LostParts {
  const sum = (x?: number, y?: number): number | undefined => (x || y ? (x ?? 0) + (y ?? 0) : undefined);
  const parts: LostParts = {
    settings: a.settings || b.settings || undefined,
    games: sum(a.games, b.games),
    boards: sum(a.boards, b.boards),
    days: sum(a.days, b.days),
    finished: sum(a.finished, b.finished),
    totals: a.totals || b.totals || undefined,
  };
  return Object.fromEntries(Object.entries(parts).filter(([, v]) => v !== undefined)) as LostParts;
}

export const nothingLost = (lost: LostParts): boolean => Object.keys(lost).length === 0;

/** The stats as the root keeps them (`base`): totals only, no games to review. */
export function savedBase(stats: Stats): Omit<Stats, 'lastWins'> {
  const { lastWins: _games, ...totals } = stats;
  return totals;
}

/** The stats saved in `data` (version 1 at its top level, version 2 under `base`), entry by entry. */
export function readBase(data: unknown): { stats: Stats; lost: LostParts } {
  if (data === undefined) return { stats: emptyStats(), lost: {} };
  const v = isRecord(data) ? data : {};
  const empty = emptyStats();
  let totals = !isRecord(data);
  const fail = (): void => void (totals = true);
  const solved = entriesOf<SolvedEntry>(v.solved, schema.solvedEntry);
  const daily = isRecord(v.daily) ? v.daily : {};
  if (!isRecord(v.daily) && v.daily !== undefined) fail();
  const results = entriesOf<DailyEntry>(daily.results, schema.dailyEntry);
  const stats: Stats = {
    solved: solved.kept,
    daily: {
      last: field(daily.last, schema.nullableDay, null, fail),
      streak: field(daily.streak, schema.count, 0, fail),
      best: field(daily.best, schema.count, 0, fail),
      results: results.kept,
    },
    hintsUsed: field(v.hintsUsed, schema.count, empty.hintsUsed, fail),
    wins: field(v.wins, schema.count, empty.wins, fail),
    // Kept since issue 12; older stats counted no games apart from wins, nor moves over par.
    games: v.games === undefined ? field(v.wins, schema.count, 0, () => {}) : field(v.games, schema.count, 0, fail),
    overPar: v.overPar === undefined ? {} : field(v.overPar, schema.overPar, {}, fail),
    lastWins: {},
  };
  const lost: LostParts = {
    ...(solved.dropped > 0 && { boards: solved.dropped }),
    ...(results.dropped > 0 && { days: results.dropped }),
    ...(totals && { totals: true }),
  };
  return { stats, lost };
}

/** The settings in a saved root, or null (counted as lost when they were there but damaged). */
export function readSettings(data: unknown): { settings: Settings | null; lost: LostParts } {
  // The same reading as the first load's (settingsIn), which also fills in later settings.
  const settings = settingsIn(data);
  const value = isRecord(data) ? data.settings : undefined;
  return settings ? { settings, lost: {} } : { settings: null, lost: value === undefined ? {} : { settings: true } };
}

/** The finished games of a log, each once (by id), in order. */
export function readFinished(data: unknown): { games: FinishedGame[]; lost: LostParts } {
  const list = isRecord(data) && Array.isArray(data.games) ? (data.games as unknown[]) : null;
  if (!list) return { games: [], lost: { finished: 1 } };
  const seen = new Set<string>();
  const games: FinishedGame[] = [];
  let dropped = 0;
  for (const item of list) {
    const checked = schema.finishedGame.safeParse(item);
    if (checked.success && !seen.has(checked.data.id)) {
      seen.add(checked.data.id);
      games.push(checked.data);
    } else if (!checked.success) dropped++;
  }
  return { games, lost: dropped > 0 ? { finished: dropped } : {} };
}
