/**
 * English for errors the player or the site owner must read: board codes, days and the embed's
 * attributes (a shared link's, shown in a notice, are in linkNotices.ts). Attribute values are quoted as plain text (shown with textContent only)
 * and kept short.
 */
import type { BoardError } from '../../../engine';
import { SIZE, visibleChar } from '../../../engine';
import type { DayError } from '../../../store';
import type { OptionError } from '../../options';
import { ALL_CONTROLS } from '../../options';
import { count } from './names';

export function boardErrorText(error: BoardError): string {
  switch (error.code) {
    case 'missing':
      return `the ${error.field} code is missing`;
    case 'length':
      return `the ${error.field} code has ${count(error.length, 'character')}; it needs ${SIZE}, one per plate`;
    case 'character': {
      const allowed = error.field === 'pebbles' ? "colour letters A–Z and '-' for the hole" : 'colour letters A–Z';
      const capitals = /^[a-z]$/.test(error.char) ? ' (in capitals)' : '';
      return `the ${error.field} code has ${visibleChar(error.char)} at position ${error.position}; use ${allowed}${capitals}`;
    }
    case 'no-hole':
      return "the pebbles code has no hole: mark the empty plate with '-'";
    case 'holes':
      return `the pebbles code has ${error.positions.length} holes (at positions ${error.positions.join(', ')}); a board has exactly one`;
    case 'colour-counts': {
      const problems = error.mismatches.map((m) => `${count(m.pebbles, `${m.colour} pebble`)} but ${count(m.plates, `${m.colour} plate`)}`);
      if (error.spare.length > 1) {
        problems.push(`${error.spare.join(', ')} all have a spare plate, but only the hole's colour may`);
      }
      return `the colours do not add up: ${problems.join('; ')}`;
    }
  }
}

/** A day that is none, or not yet: for links and the embed's `daily` attribute. */
export function dayErrorText(error: DayError): string {
  return error.code === 'daily'
    ? `"${error.value}" is not a date like 2026-11-22`
    : `the daily board of ${error.day} is not out yet: come back that day`;
}

/** A host's value as it may appear in a message: quoted, and cut to a readable length. */
function quote(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

const SOURCE_NAMES = { codes: 'plates/pebbles', level: 'level', daily: 'daily' } as const;

export function optionErrorText(error: OptionError): string {
  switch (error.code) {
    case 'half-board': {
      const other = error.missing === 'plates' ? 'pebbles' : 'plates';
      return `${other} is set but ${error.missing} is missing: a board needs both codes`;
    }
    case 'board':
      return `invalid board: ${boardErrorText(error.error)}`;
    case 'hints':
      return `hints must be "on" or "off", not ${quote(error.value)}`;
    case 'controls':
      return `controls has unknown name${error.unknown.length > 1 ? 's' : ''} ${error.unknown.map(quote).join(', ')}; use any of: ${ALL_CONTROLS.join(' ')}`;
    case 'controls-commas': {
      const names = error.value
        .split(/[\s,]+/)
        .filter((name) => name !== '')
        .join(' ');
      return `controls are separated by spaces, not commas: write ${quote(names)}`;
    }
    case 'daily':
      return `daily must be "today" or a date like 2026-11-22, not ${quote(error.value)}`;
    case 'daily-not-yet':
      return dayErrorText({ code: 'not-yet', day: error.day });
    case 'label-length':
      return `label has ${count(error.length, 'character')}; at most ${error.max} are allowed`;
    case 'label-characters':
      return 'label must be plain text, without control characters';
    case 'theme':
      return `theme must be "light", "dark" or "auto", not ${quote(error.value)}`;
    case 'level':
      return `level must be a level number (1, 2, 3, …), not ${quote(error.value)}`;
    case 'no-such-level':
      return `there is no level ${error.id}; levels go from ${error.first} to ${error.last}`;
    case 'sources':
      return `choose one board source, not ${error.sources.map((s) => SOURCE_NAMES[s]).join(' and ')}`;
  }
}

/** How the custom element shows an error in place of its board. */
export const EMBED_ERROR = {
  shown: (message: string): string => `Tripebble: ${message}`,
  unknown: 'the board could not be shown',
} as const;
