/**
 * Reads the attributes of <tripebble-board> into board options or one readable error.
 * Pure data in, data out: no DOM writes, no React, no solver; only the engine's code parser
 * and the level list (data). The control names are the UI's Control type, spelled out here as
 * a value (checked against it both ways) so that this module stays free of React.
 * Messages quote attribute values as plain text, so they are safe for textContent only.
 */
import { describeBoardError, parseBoard, type Board } from '../engine';
import { LEVELS } from '../levels';
import type { Control } from '../ui/Controls';

const CONTROL_NAMES: Record<Control, true> = {
  hint: true,
  undo: true,
  redo: true,
  restart: true,
  solution: true,
  new: true,
  settings: true,
};
const CONTROLS = Object.keys(CONTROL_NAMES) as Control[];

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

export type AttributeResult = { readonly ok: true; readonly options: BoardAttributes } | { readonly ok: false; readonly error: string };

type Read = (name: string) => string | null;

/** A value as it may appear in a message: trimmed to a readable length. */
function quote(value: string): string {
  const short = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return JSON.stringify(short);
}

function readHints(value: string | null): boolean | string | undefined {
  if (value === null) return undefined;
  const v = value.trim().toLowerCase();
  if (v === '' || v === 'on' || v === 'true') return true;
  if (v === 'off' || v === 'false') return false;
  return `hints must be "on" or "off", not ${quote(value)}`;
}

function readControls(value: string | null): readonly Control[] | string | undefined {
  if (value === null) return undefined;
  const names = value
    .trim()
    .toLowerCase()
    .split(/[\s,]+/)
    .filter((n) => n !== '');
  const unknown = names.filter((n) => !Object.hasOwn(CONTROL_NAMES, n));
  if (unknown.length > 0) {
    return `controls has unknown name${unknown.length > 1 ? 's' : ''} ${unknown.map(quote).join(', ')}; use any of: ${CONTROLS.join(' ')}`;
  }
  return [...new Set(names)] as Control[];
}

function readLevel(value: string | null): number | string | undefined {
  if (value === null) return undefined;
  if (!/^\s*\d{1,4}\s*$/.test(value) || Number(value) < 1) {
    return `level must be a level number (1, 2, 3, …), not ${quote(value)}`;
  }
  const id = Number(value);
  if (!LEVELS.some((level) => level.id === id)) {
    const ids = LEVELS.map((level) => level.id);
    return `there is no level ${id}; levels go from ${Math.min(...ids)} to ${Math.max(...ids)}`;
  }
  return id;
}

function readBoard(plates: string | null, pebbles: string | null): Board | string | undefined {
  if (plates === null && pebbles === null) return undefined;
  if (plates === null) return 'pebbles is set but plates is missing: a board needs both codes';
  if (pebbles === null) return 'plates is set but pebbles is missing: a board needs both codes';
  const parsed = parseBoard(plates.trim(), pebbles.trim());
  return parsed.ok ? parsed.value : `invalid board: ${describeBoardError(parsed.error)}`;
}

/** Reads every board attribute; the first problem found is the error. */
export function readAttributes(read: Read): AttributeResult {
  const board = readBoard(read('plates'), read('pebbles'));
  const level = readLevel(read('level'));
  const dailyValue = read('daily');
  const daily = dailyValue !== null && dailyValue.trim().toLowerCase() !== 'false';
  const hints = readHints(read('hints'));
  const controls = readControls(read('controls'));
  for (const v of [board, level, hints, controls]) if (typeof v === 'string') return { ok: false, error: v };

  const sources = [board !== undefined && 'plates/pebbles', level !== undefined && 'level', daily && 'daily'].filter(Boolean);
  if (sources.length > 1) {
    return { ok: false, error: `choose one board source, not ${sources.join(' and ')}` };
  }
  const options: { -readonly [K in keyof BoardAttributes]: BoardAttributes[K] } = {};
  if (board !== undefined) options.board = board as Board;
  if (level !== undefined) options.level = level as number;
  if (daily) options.daily = true;
  if (hints !== undefined) options.hints = hints as boolean;
  if (controls !== undefined) options.controls = controls as readonly Control[];
  const label = read('label')?.trim();
  if (label) options.label = label;
  return { ok: true, options };
}
