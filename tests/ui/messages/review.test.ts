/** The share card's text and the per-move symbols; the link in it is read back by the strict link reader. */
import { describe, expect, it } from 'vitest';
import { readLink, sourceLink } from '../../../src/store';
import type { GameResult } from '../../../src/store';
import { MOVE_SYMBOLS, costText, moveSymbol, shareText } from '../../../src/ui/messages/review';
import { WIN } from '../../../src/ui/messages/win';
import { NEAR } from '../../support/boards';

const result = (extra: Partial<GameResult> = {}): GameResult => ({
  moves: 5,
  par: 3,
  stars: 2,
  hintsUsed: 1,
  solutionShown: false,
  ...extra,
});
const link = (hash: string) => `https://example.test/play/${hash}`;

describe('moveSymbol', () => {
  it('marks optimal moves, what the others cost, and moves made with help', () => {
    expect([0, 1, 2].map((c) => moveSymbol(c as 0 | 1 | 2, false))).toEqual(['🟩', '🟨', '🟥']);
    expect(moveSymbol(0, true)).toBe(MOVE_SYMBOLS.help);
    expect(moveSymbol(null, false)).toBe(MOVE_SYMBOLS.unknown);
    expect([costText(0), costText(1), costText(2)]).toEqual(['optimal', '+1', '+2']);
  });
});

describe('shareText', () => {
  it('names the board, moves against par with stars and help, one symbol per move, and the link', () => {
    const hash = sourceLink({ kind: 'level', id: 12 }, NEAR);
    const text = shareText({ source: { kind: 'level', id: 12 }, result: result(), costs: [2, 0, 0, 0, 0], hinted: [3], link: link(hash) });
    expect(text).toBe(
      ['tripebble · Level 12', '5 moves (par 3) ★★☆ · 1 hint', '🟥🟩🟩💡🟩', 'https://example.test/play/#level=12'].join('\n'),
    );
  });

  it('leaves the symbols out until every move is known', () => {
    const text = shareText({ source: { kind: 'custom' }, result: result(), costs: [2, null, 0, 0, 0], hinted: [], link: link('#x') });
    expect(text.split('\n')).toHaveLength(3);
    expect(text).not.toContain('⬜');
  });

  it('links every kind of board in the form the strict link reader reads back', () => {
    const sources = [
      { kind: 'level', id: 3 },
      { kind: 'daily', date: '2026-11-20', today: false },
      { kind: 'random', difficulty: 'hard' },
      { kind: 'custom' },
    ] as const;
    for (const source of sources) {
      const text = shareText({
        source,
        result: result({ hintsUsed: 0, stars: 3, moves: 3 }),
        costs: [0, 0, 0],
        hinted: [],
        link: link(sourceLink(source, NEAR)),
      });
      const url = new URL(text.split('\n').at(-1)!);
      const read = readLink(url.hash, '2026-11-22');
      expect(read.ok).toBe(true);
      if (!read.ok) continue;
      if (source.kind === 'level') expect(read.value).toEqual({ kind: 'level', id: 3 });
      else if (source.kind === 'daily') expect(read.value).toEqual({ kind: 'daily', day: '2026-11-20' });
      else expect(read.value).toEqual({ kind: 'board', board: NEAR });
    }
  });

  it('says when the solution was shown', () => {
    const text = shareText({
      source: { kind: 'custom' },
      result: result({ solutionShown: true, stars: 0 }),
      costs: [0],
      hinted: [0],
      link: link('#'),
    });
    expect(text).toContain('☆☆☆ · solution shown');
  });
});

describe('the star rule in the win panel', () => {
  it('says the rule beside the help a game had', () => {
    expect(WIN.rule).toBe('Three stars: par without help. A hint caps them at two, 3 or more hints at one.');
    expect(WIN.help(result({ moves: 3, hintsUsed: 3 }))).toBe('Solved with 3 hints.');
  });
});
