/**
 * What a host page can set on a game (the embed's attributes, mount's options): the controls it
 * shows, and every way a setting can be wrong, as data. The embed's attribute reader returns
 * these errors; ui/messages words them. No React, so the embed's reader stays free of it.
 */
import type { BoardError, CodeField } from '../engine';

export type Control = 'hint' | 'undo' | 'redo' | 'restart' | 'solution' | 'new' | 'settings';

export const ALL_CONTROLS: readonly Control[] = ['hint', 'undo', 'redo', 'restart', 'solution', 'new', 'settings'];

/** Light or dark colours, or the system's (`auto`). */
export type ThemeName = 'light' | 'dark' | 'auto';

export const THEME_NAMES: readonly ThemeName[] = ['light', 'dark', 'auto'];

/** The longest accessible name a host may give a board, in characters. */
export const MAX_LABEL = 200;

/** The attributes that name a board: codes, a level or the daily board. */
export type BoardSourceName = 'codes' | 'level' | 'daily';

export type OptionError =
  /** One of the two board codes without the other. */
  | { readonly code: 'half-board'; readonly missing: CodeField }
  | { readonly code: 'board'; readonly error: BoardError }
  | { readonly code: 'hints'; readonly value: string }
  | { readonly code: 'controls'; readonly unknown: readonly string[] }
  /** Names separated by commas, not spaces. */
  | { readonly code: 'controls-commas'; readonly value: string }
  /** Neither `today` nor a calendar day. */
  | { readonly code: 'daily'; readonly value: string }
  /** A day whose daily board is not out yet. */
  | { readonly code: 'daily-not-yet'; readonly day: string }
  | { readonly code: 'label-length'; readonly length: number; readonly max: number }
  /** Control characters (or bidirectional overrides) in a label, which is plain text. */
  | { readonly code: 'label-characters' }
  | { readonly code: 'theme'; readonly value: string }
  /** Not a level number at all. */
  | { readonly code: 'level'; readonly value: string }
  | { readonly code: 'no-such-level'; readonly id: number; readonly first: number; readonly last: number }
  /** More than one attribute names the board. */
  | { readonly code: 'sources'; readonly sources: readonly BoardSourceName[] };
