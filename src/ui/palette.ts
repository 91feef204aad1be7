/**
 * Colours on screen: the fill of every colour letter in each palette (default, colour-blind-safe
 * Okabe–Ito, high contrast) and a readable ink for the mark drawn on it. Each palette's eleven
 * named colours differ pairwise by CIE ΔE2000 ≥ 20 (tests/ui/palette.test.ts), and a board's
 * letters without a colour of their own borrow the named colours the board does not use, so any
 * board of up to eleven colours shows clearly different ones; beyond that, generated hues and the
 * letter marks tell them apart. Fills are the same in light and dark themes (only the wood around
 * the plates changes). Colours' names are words: ui/messages has them.
 */
import type { Palette } from '../store';

export interface Swatch {
  readonly fill: string;
  readonly ink: string;
}

const FILLS: Record<Palette, Record<string, string>> = {
  default: {
    B: '#2f6fdb',
    C: '#1fb5c9',
    G: '#2f9e44',
    O: '#ec8201',
    P: '#9c36b5',
    R: '#e03131',
    Y: '#fcc41a',
    W: '#f4f1ea',
    K: '#343a40',
    N: '#8d5a2b',
    M: '#e34387',
  },
  'colour-blind': {
    B: '#0072b2',
    C: '#56b4e9',
    G: '#009e73',
    O: '#e69f00',
    P: '#cc79a7',
    R: '#d55e00',
    Y: '#f0e442',
    W: '#ffffff',
    K: '#000000',
    N: '#7a5123',
    M: '#a43174',
  },
  'high-contrast': {
    B: '#0057f5',
    C: '#00e0ff',
    G: '#008a00',
    O: '#ff8800',
    P: '#a000c0',
    R: '#cc0000',
    Y: '#ffee00',
    W: '#ffffff',
    K: '#000000',
    N: '#6b4000',
    M: '#ff00aa',
  },
};

function luminance(hex: string): number {
  const channel = (i: number): number => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function hslHex(h: number, s: number, l: number): string {
  const f = (n: number): string => {
    const k = (n + h / 30) % 12;
    const a = s * Math.min(l, 1 - l);
    const v = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(v * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${f(0)}${f(8)}${f(4)}`;
}

function swatch(fill: string): Swatch {
  return { fill, ink: luminance(fill) > 0.4 ? '#111111' : '#ffffff' };
}

/** A letter's own colour: its named colour, or a generated hue (for boards of many colours). */
export function swatchOf(letter: string, palette: Palette): Swatch {
  const index = letter.charCodeAt(0) - 65;
  return swatch(FILLS[palette][letter] ?? hslHex((index * 47) % 360, 0.65, palette === 'high-contrast' ? 0.4 : 0.5));
}

/** The colours of one board's letters. */
export type BoardColours = Readonly<Record<string, Swatch>>;

/**
 * The swatch of every letter of a board (its plates' and pebbles' letters together): a named
 * letter keeps its colour; the others, in alphabetical order, take the named colours whose
 * letters the board does not use, and generated hues once those run out. So the colours depend
 * on the board, never on the letter alone.
 */
export function boardColours(letters: string, palette: Palette): BoardColours {
  const fills = FILLS[palette];
  const used = [...new Set(letters.replace(/[^A-Z]/g, ''))].sort();
  const free = Object.keys(fills).filter((named) => !used.includes(named));
  const colours: Record<string, Swatch> = {};
  for (const letter of used) {
    const borrowed = fills[letter] === undefined ? free.shift() : undefined;
    colours[letter] = borrowed === undefined ? swatchOf(letter, palette) : swatch(fills[borrowed]!);
  }
  return colours;
}

export const PALETTES = Object.keys(FILLS) as Palette[];
