/**
 * Reads the attributes of <tripebble-board> into board options, or the first problem as data
 * (an OptionError, worded by ui/messages). Pure data in, data out: no DOM writes, no React, no
 * solver; only the engine's code parser, the level list (data) and the UI's option vocabulary.
 */
import type { Board, Result } from '../engine';
import { err, ok, parseBoard } from '../engine';
import { LEVELS } from '../levels';
import { readLevelNumber } from '../store/links';
import type { BoardSourceName, Control, OptionError } from '../ui/options';
import { ALL_CONTROLS } from '../ui/options';

export const OBSERVED_ATTRIBUTES = ['plates', 'pebbles', 'hints', 'controls', 'level', 'daily', 'label'] as const;

export interface BoardAttributes {
  readonly board?: Board;
  readonly level?: number;
  readonly daily?: boolean;
  readonly hints?: boolean;
  readonly controls?: readonly Control[];
  /** The board's accessible name, so that several boards on a page can be told apart. */
  readonly label?: string;
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

function readControls(value: string | null): Reading<readonly Control[]> {
  if (value === null) return ok(undefined);
  const names = value
    .trim()
    .toLowerCase()
    .split(/[\s,]+/)
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

function readBoard(plates: string | null, pebbles: string | null): Reading<Board> {
  if (plates === null && pebbles === null) return ok(undefined);
  if (plates === null) return err({ code: 'half-board', missing: 'plates' });
  if (pebbles === null) return err({ code: 'half-board', missing: 'pebbles' });
  const parsed = parseBoard(plates.trim(), pebbles.trim());
  return parsed.ok ? parsed : err({ code: 'board', error: parsed.error });
}

/** Reads every board attribute; the first problem found is the error. */
export function readAttributes(read: Read): Result<BoardAttributes, OptionError> {
  const board = readBoard(read('plates'), read('pebbles'));
  if (!board.ok) return board;
  const level = readLevel(read('level'));
  if (!level.ok) return level;
  const hints = readHints(read('hints'));
  if (!hints.ok) return hints;
  const controls = readControls(read('controls'));
  if (!controls.ok) return controls;
  const dailyValue = read('daily');
  const daily = dailyValue !== null && dailyValue.trim().toLowerCase() !== 'false';

  const named: [BoardSourceName, boolean][] = [
    ['codes', board.value !== undefined],
    ['level', level.value !== undefined],
    ['daily', daily],
  ];
  const sources = named.filter(([, set]) => set).map(([name]) => name);
  if (sources.length > 1) return err({ code: 'sources', sources });

  const label = read('label')?.trim();
  return ok({
    ...(board.value && { board: board.value }),
    ...(level.value !== undefined && { level: level.value }),
    ...(daily && { daily: true }),
    ...(hints.value !== undefined && { hints: hints.value }),
    ...(controls.value && { controls: controls.value }),
    ...(label && { label }),
  });
}
