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

/** The letters with a colour (and a name) of their own, in the order their colours are lent out. */
const NAMED = 'BCGOPRYWKNM';

/** Each palette's fills of the NAMED letters, in that order. */
const FILLS: Record<Palette, string> = {
  default: '2f6fdb 1fb5c9 2f9e44 ec8201 9c36b5 e03131 fcc41a f4f1ea 343a40 8d5a2b e34387',
  'colour-blind': '0072b2 56b4e9 009e73 e69f00 cc79a7 d55e00 f0e442 ffffff 000000 7a5123 a43174',
  'high-contrast': '0057f5 00e0ff 008a00 ff8800 a000c0 cc0000 ffee00 ffffff 000000 6b4000 ff00aa',
};

function luminance(hex: string): number {
  const channel = (i: number): number => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/**
 * A letter's own colour: its named colour, or else a hue of its own, dark enough for a white
 * mark (only boards of more than eleven colours show these: their letters tell them apart); CSS
 * hues wrap at 360 degrees, and 47 is prime to 360, so the 26 letters get 26 hues.
 */
export function swatchOf(letter: string, palette: Palette): Swatch {
  const named = NAMED.indexOf(letter);
  if (named < 0) return { fill: `hsl(${(letter.charCodeAt(0) - 65) * 47} 65% 35%)`, ink: '#ffffff' };
  const fill = `#${FILLS[palette].split(' ')[named]}`;
  // The ink of higher contrast: dark on light fills, white on dark ones (a luminance of about 0.18 between).
  return { fill, ink: luminance(fill) > 0.179 ? '#111111' : '#ffffff' };
}

/** The colours of one board's letters. */
export type BoardColours = Readonly<Record<string, Swatch>>;

/**
 * The swatch of every letter of a board (`letters`: colour letters A–Z only, e.g. its plates; a
 * valid board's pebbles are of its plates' colours): a named
 * letter keeps its colour; the others, in the order they first appear, take the named colours
 * whose letters the board does not use, and hues of their own once those run out. So the colours
 * depend on the board, never on the letter alone.
 */
export function boardColours(letters: string, palette: Palette): BoardColours {
  const free = [...NAMED].filter((named) => !letters.includes(named));
  const colours: Record<string, Swatch> = {};
  for (const letter of letters) {
    colours[letter] ??= swatchOf(NAMED.includes(letter) ? letter : (free.shift() ?? letter), palette);
  }
  return colours;
}

export const PALETTES = Object.keys(FILLS) as Palette[];
