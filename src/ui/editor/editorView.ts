/**
 * What the editor draws from its draft: each position's plate and pebble (in the colours the
 * board will have when played), the palette's letters with the colour each would get, and where
 * the engine's verdict points (a second hole, a bad character, colours that do not add up). The
 * rules themselves stay in the engine: this only reads its error. Imports engine types, the
 * palette and the board geometry of viewModel; no React.
 */
import type { BoardError } from '../../engine';
import { HOLE, SIZE } from '../../engine';
import type { EditorDraft, Palette } from '../../store';
import type { Swatch } from '../palette';
import { boardColours } from '../palette';
import type { Point } from '../viewModel';
import { pointOf } from '../viewModel';

export interface EditorSpot extends Point {
  readonly pos: number;
  readonly plate: Swatch & { readonly letter: string };
  /** null for the hole. */
  readonly pebble: (Swatch & { readonly letter: string }) | null;
  /** The engine's verdict points here. */
  readonly wrong: boolean;
}

export interface EditorSwatch extends Swatch {
  readonly letter: string;
  /** The engine finds this colour's counts wrong. */
  readonly wrong: boolean;
}

export interface EditorView {
  /** The drawn board; null while a code has not one character per position. */
  readonly spots: readonly EditorSpot[] | null;
  readonly palette: readonly EditorSwatch[];
}

/** The positions and colours the engine's error is about. */
function pointedAt(error: BoardError | null): { positions: ReadonlySet<number>; colours: ReadonlySet<string> } {
  const positions = new Set<number>();
  const colours = new Set<string>();
  if (error?.code === 'holes') error.positions.forEach((p) => positions.add(p));
  if (error?.code === 'character') positions.add(error.position);
  if (error?.code === 'colour-counts') {
    error.mismatches.forEach((m) => colours.add(m.colour));
    if (error.spare.length > 1) error.spare.forEach((c) => colours.add(c));
  }
  return { positions, colours };
}

/**
 * The editor's view of `draft`, with `extra` letters the player added to the palette. Palette
 * letters show the colour they would take on this board once painted on it.
 */
export function editorView(draft: EditorDraft, palette: Palette, extra: readonly string[] = []): EditorView {
  const { plates, pebbles } = draft;
  const problems = pointedAt(draft.check.ok ? null : draft.check.error);
  // A draft may hold any characters: only its colour letters get colours.
  const used = (plates + pebbles).replace(/[^A-Z]/g, '');
  const onBoard = boardColours(used, palette);
  const letters = [...new Set([...draft.colours, ...extra])].sort();
  const swatches = letters.map((letter) => ({
    ...(onBoard[letter] ?? boardColours(used + letter, palette)[letter]!),
    letter,
    wrong: problems.colours.has(letter),
  }));
  if (!draft.perPosition) return { spots: null, palette: swatches };
  const lettered = (letter: string) => ({ ...(onBoard[letter] ?? { fill: '#888888', ink: '#111111' }), letter });
  const spots = Array.from({ length: SIZE }, (_, pos) => {
    const pebble = pebbles[pos]!;
    return {
      pos,
      ...pointOf(pos),
      plate: lettered(plates[pos]!),
      pebble: pebble === HOLE ? null : lettered(pebble),
      wrong: problems.positions.has(pos),
    };
  });
  return { spots, palette: swatches };
}
