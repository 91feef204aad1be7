/**
 * English for the first-run guide and the "How to play" section with its figures: loaded with
 * them (through messages/guide.ts), never in the first load.
 */

/** A paragraph of text with keys (`{ key }`) set as keyboard keys. */
export type Paragraph = readonly (string | { readonly key: string })[];

export type GuideStep = 'hole' | 'move' | 'leap' | 'goal';

export const GUIDE = {
  board: 'Practice board',
  steps: {
    // Short: the guide opens as the page loads, and its first words should not outweigh the page.
    hole: {
      title: 'The hole',
      text: 'Every move fills it.',
    },
    move: {
      title: 'A move',
      text:
        'A pebble on a straight line with the hole moves into it: along a row, a slope, or the centre line from the top. ' +
        'Pebbles that can move have a light rim. Tap the marked pebble.',
    },
    leap: {
      title: 'A leap',
      text: 'On its way a pebble leaps over any pebbles between it and the hole. Tap the marked pebble.',
    },
    goal: {
      title: 'The goal',
      text: 'Every pebble sits on a plate of its own colour (a check marks each one): solved! Par is the fewest moves possible.',
    },
  } satisfies Record<GuideStep, { title: string; text: string }>,
  progress: (step: number, of: number): string => `Step ${step} of ${of}`,
  next: 'Next',
  skip: 'Skip the guide',
  done: 'Start playing',
  tapMarked: 'Not that one: tap the marked pebble.',
} as const;

export const HOW_TO_PLAY_TEXT: {
  readonly paragraphs: readonly Paragraph[];
  readonly figures: Record<GuideStep, string>;
  readonly replay: string;
} = {
  paragraphs: [
    [
      'Put every pebble on a plate of its own colour. A pebble moves by leaping into the hole along a straight line: a row, a slope of the ' +
        'triangle, or the centre line from the top to the middle of the base. It may jump over any pebbles on the way.',
    ],
    [
      'Tap or drag a pebble, or use the arrow keys and Enter. Shortcuts: ',
      { key: 'H' },
      ' hint, ',
      { key: 'Z' },
      ' or ',
      { key: 'Ctrl+Z' },
      ' undo, ',
      { key: 'Y' },
      ' or ',
      { key: 'Ctrl+Y' },
      ' redo, ',
      { key: 'R' },
      ' restart. Par is the fewest moves possible.',
    ],
  ],
  figures: {
    hole: 'The hole: an empty well.',
    move: 'A pebble on a line with the hole moves into it.',
    leap: 'It leaps over the pebbles on the way.',
    goal: 'Solved: every pebble on its own colour.',
  },
  replay: 'Show the guide again',
};
