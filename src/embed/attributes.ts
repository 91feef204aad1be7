/**
 * Reads the attributes of <tripebble-board> into board options, or the first problem as data
 * (an OptionError, worded by ui/messages). Strict: a value is what the documentation says or it
 * is refused, never guessed at. Pure data in, data out: no DOM writes, no React, no solver; only
 * the engine's code parser, the level list (data), the links' readers of level numbers and days
 * (one reader for the app's links and these attributes) and the UI's option vocabulary.
 */
import type { Board, Result } from '../engine';
import { err, ok, parseBoard } from '../engine';
import { LEVELS, dailySeed } from '../levels';
import { readDay, readLevelNumber } from '../store/links';
import type { BoardSourceName, Control, OptionError, ThemeName } from '../ui/options';
import { ALL_CONTROLS, MAX_LABEL, THEME_NAMES } from '../ui/options';

export const OBSERVED_ATTRIBUTES = ['plates', 'pebbles', 'hints', 'controls', 'level', 'daily', 'label', 'theme'] as const;

export interface BoardAttributes {
  readonly board?: Board;
  readonly level?: number;
  /** True for today's daily board, or the 'YYYY-MM-DD' day of an earlier one. */
  readonly daily?: true | string;
  readonly hints?: boolean;
  readonly controls?: readonly Control[];
  /** The board's accessible name, so that several boards on a page can be told apart. */
  readonly label?: string;
  readonly theme?: ThemeName;
}

type Read = (name: string) => string | null;

/** An attribute's value, absent (undefined), or what is wrong with it. */
type Reading<T> = Result<T | undefined, OptionError>;

function readHints(value: string | null): Reading<boolean> {
  if (value === null) return ok(undefined);
  const v = value.trim().toLowerCase();
  if (v === '' || v === 'on' || v === 'true') return ok(true);
  if (v === 'off' || v === 'false') return ok(false);
  return err({ code: 'hints', value });
}

const isControl = (name: string): name is Control => (ALL_CONTROLS as readonly string[]).includes(name);

/** Space-separated names (a token list, like `class`); commas are refused rather than guessed at. */
function readControls(value: string | null): Reading<readonly Control[]> {
  if (value === null) return ok(undefined);
  if (value.includes(',')) return err({ code: 'controls-commas', value });
  const names = value
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .filter((n) => n !== '');
  const unknown = names.filter((n) => !isControl(n));
  return unknown.length > 0 ? err({ code: 'controls', unknown }) : ok([...new Set(names.filter(isControl))]);
}

function readLevel(value: string | null): Reading<number> {
  if (value === null) return ok(undefined);
  // The same reader as the app's links: digits only.
  const id = readLevelNumber(value.trim());
  if (id === null) return err({ code: 'level', value });
  if (LEVELS.some((level) => level.id === id)) return ok(id);
  const ids = LEVELS.map((level) => level.id);
  return err({ code: 'no-such-level', id, first: Math.min(...ids), last: Math.max(...ids) });
}

/** Present and empty, or `today`: today's daily board; a 'YYYY-MM-DD' calendar day up to `today`: that day's. */
function readDaily(value: string | null, today: string): Reading<true | string> {
  if (value === null) return ok(undefined);
  const v = value.trim();
  if (v === '' || v.toLowerCase() === 'today') return ok(true);
  // The same reader as the app's links: a real calendar day that has come.
  const day = readDay(v, today);
  if (day.ok) return day;
  return day.error.code === 'not-yet' ? err({ code: 'daily-not-yet', day: v }) : err({ code: 'daily', value });
}

function readBoard(plates: string | null, pebbles: string | null): Reading<Board> {
  if (plates === null && pebbles === null) return ok(undefined);
  if (plates === null) return err({ code: 'half-board', missing: 'plates' });
  if (pebbles === null) return err({ code: 'half-board', missing: 'pebbles' });
  const parsed = parseBoard(plates.trim(), pebbles.trim());
  return parsed.ok ? parsed : err({ code: 'board', error: parsed.error });
}

/** Control characters, lone surrogates and bidirectional overrides: none belongs in a plain-text name. */
const NOT_PLAIN = /[\p{Cc}\p{Cs}\u202A-\u202E\u2066-\u2069]/u;

/**
 * A plain-text name: runs of white space (line breaks of a wrapped attribute included) read as
 * one space, as HTML text does; at most MAX_LABEL characters.
 */
function readLabel(value: string | null): Reading<string> {
  if (value === null) return ok(undefined);
  const label = value.replace(/\s+/g, ' ').trim();
  if (NOT_PLAIN.test(label)) return err({ code: 'label-characters' });
  const length = [...label].length;
  if (length > MAX_LABEL) return err({ code: 'label-length', length, max: MAX_LABEL });
  return ok(label === '' ? undefined : label);
}

/** The colours, light, dark or the system's (`auto`, also when empty). */
export function readTheme(value: string | null): Reading<ThemeName> {
  if (value === null) return ok(undefined);
  const v = value.trim().toLowerCase();
  if (v === '') return ok('auto');
  const theme = THEME_NAMES.find((name) => name === v);
  return theme ? ok(theme) : err({ code: 'theme', value });
}

/** Reads every board attribute; the first problem found is the error. `today` is the page's day ('YYYY-MM-DD'). */
export function readAttributes(read: Read, today: string = dailySeed(new Date())): Result<BoardAttributes, OptionError> {
  const board = readBoard(read('plates'), read('pebbles'));
  if (!board.ok) return board;
  const level = readLevel(read('level'));
  if (!level.ok) return level;
  const daily = readDaily(read('daily'), today);
  if (!daily.ok) return daily;
  const hints = readHints(read('hints'));
  if (!hints.ok) return hints;
  const controls = readControls(read('controls'));
  if (!controls.ok) return controls;
  const label = readLabel(read('label'));
  if (!label.ok) return label;
  const theme = readTheme(read('theme'));
  if (!theme.ok) return theme;

  const named: [BoardSourceName, boolean][] = [
    ['codes', board.value !== undefined],
    ['level', level.value !== undefined],
    ['daily', daily.value !== undefined],
  ];
  const sources = named.filter(([, set]) => set).map(([name]) => name);
  if (sources.length > 1) return err({ code: 'sources', sources });

  return ok({
    ...(board.value && { board: board.value }),
    ...(level.value !== undefined && { level: level.value }),
    ...(daily.value !== undefined && { daily: daily.value }),
    ...(hints.value !== undefined && { hints: hints.value }),
    ...(controls.value && { controls: controls.value }),
    ...(label.value !== undefined && { label: label.value }),
    ...(theme.value !== undefined && { theme: theme.value }),
  });
}
