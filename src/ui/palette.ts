/**
 * Colours on screen: the fill of every colour letter in each palette (default, colour-blind-safe
 * Okabe–Ito, high contrast) and a readable ink for the mark drawn on it. Letters outside the
 * standard set get distinct generated hues. Colours' names are words: ui/messages has them.
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
    O: '#f08c00',
    P: '#9c36b5',
    R: '#e03131',
    Y: '#fcc419',
    W: '#f4f1ea',
    K: '#343a40',
    N: '#8d5a2b',
    M: '#d6336c',
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
    N: '#8d5a2b',
    M: '#aa3377',
  },
  'high-contrast': {
    B: '#0033cc',
    C: '#00e0ff',
    G: '#008a00',
    O: '#ff8800',
    P: '#a000c0',
    R: '#cc0000',
    Y: '#ffee00',
    W: '#ffffff',
    K: '#000000',
    N: '#7a3d00',
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

/** The swatch of a colour letter in a palette. */
export function swatchOf(letter: string, palette: Palette): Swatch {
  const index = letter.charCodeAt(0) - 65;
  const fill = FILLS[palette][letter] ?? hslHex((index * 47) % 360, 0.65, palette === 'high-contrast' ? 0.4 : 0.5);
  // The ink of higher contrast: dark on light fills, white on dark ones (a luminance of about 0.18 between).
  const ink = luminance(fill) > 0.179 ? '#111111' : '#ffffff';
  return { fill, ink };
}

export const PALETTES = Object.keys(FILLS) as Palette[];
