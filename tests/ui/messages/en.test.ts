/**
 * The English words of the game, one wording check per message: store notices, announcements,
 * loading notes, board, link and attribute errors, the win and share text, spoken labels. The
 * store's and the components' tests assert facts; this file is where sentences are pinned.
 */
import { describe, expect, it } from 'vitest';
import type { Announcement, GameResult, Notice } from '../../../src/store';
import { EDITOR_PANEL, savedNoticeText } from '../../../src/ui/messages/panels';
import { announcementText, noticeText } from '../../../src/ui/messages/notices';
import { noticeText as appNoticeText, linkErrorText } from '../../../src/ui/messages/appNotices';
import { boardErrorText, loadingText, optionErrorText, solverFailureText, spotLabel, toneOf } from '../../../src/ui/messages';
import { WIN, dailyShareText, starText } from '../../../src/ui/messages/win';
import { draftIn } from '../../../src/store/editor';

const draftOf = (plates: string, pebbles: string) => draftIn({ editor: null, game: { start: { plates, pebbles } } });

const result = (r: Partial<GameResult> = {}): GameResult => ({ moves: 14, par: 12, stars: 2, hintsUsed: 0, solutionShown: false, ...r });

describe('notices', () => {
  it.each<[Notice, string | RegExp]>([
    [{ kind: 'refused', pos: 7, reason: 'off-line' }, 'That pebble is not on a straight line with the hole.'],
    [{ kind: 'refused', pos: 0, reason: 'hole' }, 'That is the hole: pick a pebble to move into it.'],
    [{ kind: 'refused', pos: 15, reason: 'no-position' }, 'There is no position 15.'],
    [
      { kind: 'missed-drop', pos: 3, onto: 7, hole: 0 },
      'That is row 4, place 2, not the hole: drop the pebble on the hole at row 1, place 1.',
    ],
    [{ kind: 'missed-drop', pos: 3, onto: null, hole: 0 }, 'That drop missed the board: drop the pebble on the hole at row 1, place 1.'],
    [{ kind: 'hint', stage: 1, from: 3, to: 0 }, 'Hint: move the marked pebble at row 3, place 1. Press Hint again to see where it goes.'],
    [{ kind: 'hint', stage: 2, from: 3, to: 0 }, 'Hint: it leaps into the hole at row 1, place 1.'],
    [{ kind: 'hint-waiting' }, 'Make the marked move, then ask for the next hint.'],
    [{ kind: 'already-solved', asked: 'hint' }, 'The board is solved: there is nothing left to hint.'],
    [{ kind: 'already-solved', asked: 'solution' }, 'The board is solved: there is no solution to show.'],
    [{ kind: 'coach', cost: 0, togo: 15 }, 'Good move: still on a shortest path (15 to go).'],
    [{ kind: 'coach', cost: 1, togo: 16 }, 'That move cost one extra move (16 to go).'],
    [{ kind: 'coach', cost: 2, togo: 17 }, 'That move cost two extra moves (17 to go).'],
    [{ kind: 'solution-playing' }, 'Playing the solution. Press Stop to take over; Undo takes moves back.'],
    [{ kind: 'solution-stopped' }, 'Solution stopped: your move.'],
    [{ kind: 'solved-without-par', moves: 3 }, 'Solved in 3 moves! Without the puzzle helper there is no par to score it against.'],
    [{ kind: 'no-such-level', id: 999, count: 37 }, 'There is no level 999; there are 37.'],
    [{ kind: 'no-such-day', value: '2026-02-30' }, 'There is no daily board for "2026-02-30": expected a date like 2026-11-22.'],
    [{ kind: 'saved-data-damaged', lost: { settings: true } }, 'Damaged saved data was dropped (settings); the rest is kept.'],
    [{ kind: 'saved-data-damaged', lost: { games: 2 } }, 'Damaged saved data was dropped (2 saved games); the rest is kept.'],
    [
      { kind: 'saved-data-damaged', lost: { settings: true, games: 1, boards: 3, days: 1, finished: 2, totals: true } },
      'Damaged saved data was dropped (settings, 1 saved game, 3 board results, 1 daily result, 2 finished games, totals); the rest is kept.',
    ],
    [{ kind: 'saved-data-damaged', lost: {} }, 'Damaged saved data was dropped (unreadable); the rest is kept.'],
    [{ kind: 'saved-data-newer' }, 'Saved progress is from a newer version: it is left as it is, and nothing here is saved.'],
    [{ kind: 'not-saved', cause: 'full', win: false }, 'Progress is not saved: storage is full. It lasts while this page is open.'],
    [{ kind: 'not-saved', cause: 'blocked', win: true }, 'This win is not saved: storage is blocked.'],
    [{ kind: 'not-saved', cause: 'newer', win: true }, 'This win is not saved: saved data is from a newer version.'],
    [{ kind: 'not-saved', cause: 'damaged', win: true }, 'This win is not saved: saved data is damaged.'],
    [
      { kind: 'link-invalid', error: { code: 'level', value: 'zero' }, fallback: true },
      'This link\'s board could not be opened: "zero" is not a level number. Here is a level to play instead.',
    ],
    [{ kind: 'link-invalid', error: { code: 'no-board' }, fallback: false }, /could not be opened: the link names no board/],
    [
      { kind: 'link-invalid', error: { code: 'sources', sources: ['board', 'level'] }, fallback: false },
      "This link's board could not be opened: it names a board and a level; a link names one board.",
    ],
    [
      { kind: 'link-invalid', error: { code: 'not-yet', day: '2026-12-01' }, fallback: true },
      "This link's board could not be opened: the daily board of 2026-12-01 is not out yet: come back that day. Here is a level to play instead.",
    ],
  ])('words %j', (notice, text) => {
    expect(savedNoticeText(notice)).toMatch(
      typeof text === 'string' ? new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : text,
    );
  });

  it('words a lone board’s notices the same, and only the app’s own about links', () => {
    expect(appNoticeText({ kind: 'no-such-level', id: 9, count: 3 })).toBe('There is no level 9; there are 3.');
    expect(noticeText({ kind: 'saved-data-newer' })).toBe(appNoticeText({ kind: 'saved-data-newer' }));
    expect(noticeText({ kind: 'saved-data-damaged', lost: { games: 1, boards: 2 } })).toBe(
      'Damaged saved data was dropped (1 saved game); the rest is kept.',
    );
  });

  it('words solver failures by cause and task, with the solver’s own detail only when it threw', () => {
    expect(solverFailureText({ task: 'solve', cause: 'unavailable', detail: 'x' })).toBe(
      'The puzzle helper is not responding, so hints and par are not available for now. You can still play.',
    );
    expect(solverFailureText({ task: 'solve', cause: 'failed', detail: 'bad board' })).toMatch(
      /could not work this board out \(bad board\)/,
    );
    expect(solverFailureText({ task: 'generate', cause: 'unavailable', detail: 'x' })).toBe(
      'Could not make a new board: the puzzle helper is not responding. Please try again.',
    );
    expect(noticeText({ kind: 'solver-failed', task: 'generate', cause: 'failed', detail: 'no luck' })).toMatch(
      /^Could not make a new board.*no luck/,
    );
  });

  it('gives good news, warnings and errors their tones', () => {
    expect(toneOf({ kind: 'coach', cost: 0, togo: 1 })).toBe('good');
    expect(toneOf({ kind: 'coach', cost: 1, togo: 1 })).toBe('warning');
    expect(toneOf({ kind: 'refused', pos: 7, reason: 'off-line' })).toBe('warning');
    expect(toneOf({ kind: 'solver-failed', task: 'solve', cause: 'failed', detail: '' })).toBe('error');
    expect(toneOf({ kind: 'link-invalid', error: { code: 'no-board' }, fallback: false })).toBe('error');
    expect(toneOf({ kind: 'hint', stage: 1, from: 3, to: 0 })).toBe('info');
  });
});

describe('announcements', () => {
  const moved = { from: 3, to: 0, colour: 'B', moves: 1, matched: 0, pebbles: 14 } as const;
  it.each<[Announcement, string]>([
    [{ kind: 'moved', how: 'move', ...moved }, 'Blue pebble from row 3, place 1 to row 1, place 1. 1 move, 0 of 14 matched.'],
    [
      { kind: 'moved', how: 'undo', ...moved, from: 0, to: 3, moves: 0 },
      'Undid: blue pebble back from row 1, place 1 to row 3, place 1. 0 moves, 0 of 14 matched.',
    ],
    [{ kind: 'moved', how: 'redo', ...moved }, 'Redid: blue pebble from row 3, place 1 to row 1, place 1. 1 move, 0 of 14 matched.'],
    [{ kind: 'restarted', matched: 2, pebbles: 14 }, 'Back to the start board. Redo brings the moves back. 0 moves, 2 of 14 matched.'],
    [{ kind: 'new-board', how: 'new' }, 'A new board is ready.'],
    [{ kind: 'new-board', how: 'again' }, 'The board starts again.'],
    [{ kind: 'new-board', how: 'solved' }, 'This board is already solved.'],
    [{ kind: 'won', result: result({ moves: 12, stars: 3 }) }, 'Solved in 12 moves. Par is 12. 3 stars.'],
    [{ kind: 'won', result: result({ stars: 1, hintsUsed: 2 }) }, 'Solved with hints in 14 moves. Par is 12. 1 star.'],
    [
      { kind: 'won', result: result({ stars: 0, solutionShown: true }) },
      'Solved with the solution shown in 14 moves. Par is 12. No stars.',
    ],
  ])('words %j', (announcement, text) => {
    expect(announcementText(announcement)).toBe(text);
  });

  it('names colours beyond the standard set by their letter', () => {
    expect(announcementText({ kind: 'moved', how: 'move', ...moved, colour: 'Q' })).toMatch(/^Colour Q pebble/);
  });
});

describe('loading', () => {
  it('says which board is being prepared', () => {
    expect(loadingText({ kind: 'random', difficulty: 'easy' })).toBe('Finding an easy board…');
    expect(loadingText({ kind: 'random', difficulty: 'hard' })).toBe('Finding a hard board…');
    expect(loadingText({ kind: 'daily', date: '2026-11-22' })).toBe('Preparing the daily board for 2026-11-22…');
  });
});

describe('errors', () => {
  it('words every board error with its facts', () => {
    expect(boardErrorText({ code: 'missing', field: 'plates' })).toBe('the plates code is missing');
    expect(boardErrorText({ code: 'length', field: 'pebbles', length: 14 })).toBe(
      'the pebbles code has 14 characters; it needs 15, one per plate',
    );
    expect(boardErrorText({ code: 'character', field: 'plates', position: 3, char: 'x' })).toBe(
      "the plates code has 'x' at position 3; use colour letters A–Z (in capitals)",
    );
    expect(boardErrorText({ code: 'no-hole' })).toMatch(/no hole/);
    expect(boardErrorText({ code: 'holes', positions: [0, 4] })).toMatch(/2 holes \(at positions 0, 4\)/);
    expect(boardErrorText({ code: 'colour-counts', mismatches: [{ colour: 'R', pebbles: 3, plates: 1 }], spare: ['W'] })).toBe(
      'the colours do not add up: 3 R pebbles but 1 R plate',
    );
  });

  it('words link errors', () => {
    expect(linkErrorText({ code: 'encoding' })).toBe('the link is not properly encoded');
    expect(linkErrorText({ code: 'half-board', missing: 'pebbles' })).toBe('the link has plates but no pebbles');
    expect(linkErrorText({ code: 'daily', value: 'soon' })).toBe('"soon" is not a date like 2026-11-22');
  });

  it('words attribute errors, quoting values as short text', () => {
    expect(optionErrorText({ code: 'half-board', missing: 'pebbles' })).toBe(
      'plates is set but pebbles is missing: a board needs both codes',
    );
    expect(optionErrorText({ code: 'hints', value: 'maybe' })).toBe('hints must be "on" or "off", not "maybe"');
    expect(optionErrorText({ code: 'controls', unknown: ['fly', '<b>'] })).toMatch(
      /^controls has unknown names "fly", "<b>"; use any of: hint undo/,
    );
    expect(optionErrorText({ code: 'no-such-level', id: 99, first: 1, last: 37 })).toBe('there is no level 99; levels go from 1 to 37');
    expect(optionErrorText({ code: 'sources', sources: ['codes', 'level'] })).toBe('choose one board source, not plates/pebbles and level');
    expect(optionErrorText({ code: 'hints', value: 'x'.repeat(500) }).length).toBeLessThan(120);
    expect(optionErrorText({ code: 'controls-commas', value: 'hint, undo,restart' })).toBe(
      'controls are separated by spaces, not commas: write "hint undo restart"',
    );
    expect(optionErrorText({ code: 'daily', value: '<script>' })).toBe('daily must be "today" or a date like 2026-11-22, not "<script>"');
    expect(optionErrorText({ code: 'daily-not-yet', day: '2099-01-01' })).toBe(
      'the daily board of 2099-01-01 is not out yet: come back that day',
    );
    expect(optionErrorText({ code: 'label-length', length: 100_000, max: 200 })).toBe(
      'label has 100000 characters; at most 200 are allowed',
    );
    expect(optionErrorText({ code: 'label-characters' })).toBe('label must be plain text, without control characters');
    expect(optionErrorText({ code: 'theme', value: 'neon' })).toBe('theme must be "light", "dark" or "auto", not "neon"');
  });
});

describe('the game’s labels', () => {
  it('speaks a position: place, plate, pebble and what it can do', () => {
    expect(spotLabel({ pos: 0, plate: 'W', pebble: null, matched: false, movable: false, hinted: false })).toBe(
      'Row 1, place 1: white plate, the hole',
    );
    expect(spotLabel({ pos: 3, plate: 'R', pebble: 'R', matched: true, movable: true, hinted: true })).toBe(
      'Row 3, place 1: red plate, red pebble, matched, can move, hint',
    );
  });

  it('draws three stars and never throws on an odd count', () => {
    expect(starText(2)).toBe('★★☆');
    expect(starText(9)).toBe('★★★');
    expect(starText(-1)).toBe('☆☆☆');
  });

  it('says what helped a win', () => {
    expect(WIN.help(result({ moves: 12 }))).toBe('A perfect game!');
    expect(WIN.help(result())).toBe('Par is 12: can you find a shorter way?');
    expect(WIN.help(result({ hintsUsed: 1 }))).toBe('Solved with 1 hint.');
    expect(WIN.stars(0)).toBe('No stars: the solution was shown');
  });

  it('shares a daily result with date, moves against par and hints, and nothing about the board', () => {
    const text = dailyShareText('2026-11-22', result({ hintsUsed: 1 }));
    expect(text).toBe('tripebble daily 2026-11-22\n14 moves (par 12) ★★☆\n1 hint');
    expect(text).not.toMatch(/[A-Z]{5,}|row|place/);
    expect(dailyShareText('2026-11-22', result({ solutionShown: true }))).toMatch(/with the solution shown$/);
  });

  it('names the editor’s colours and positions', () => {
    expect(EDITOR_PANEL.swatch('B')).toBe('Blue (B)');
    expect(EDITOR_PANEL.swatch('Q')).toBe('Colour Q');
    expect(EDITOR_PANEL.spot(0, 'W', null, false)).toBe('Row 1, place 1: white plate, the hole');
    expect(EDITOR_PANEL.spot(4, 'B', 'Q', true)).toBe('Row 3, place 2: blue plate, colour Q pebble (not valid)');
  });

  it('says what the editor’s engine and solver make of the draft', () => {
    expect(EDITOR_PANEL.status(draftOf('WCBRBOGYGPCORPY', '-PC'))).toMatch(/^Not a valid board: the pebbles code has 3 characters/);
    expect(EDITOR_PANEL.status({ ...draftOf('WCBRBOGYGPCORPY', '-PCBRYOGYGBCORP'), par: 16 })).toBe('Valid board. Par: 16 (hard)');
    expect(EDITOR_PANEL.status({ ...draftOf('WCBRBOGYGPCORPY', '-PCBRYOGYGBCORP'), par: 25 })).toBe('Valid board. Par: 25 (expert)');
    expect(EDITOR_PANEL.status(draftOf('WCBRBOGYGPCORPY', '-PCBRYOGYGBCORP'))).toBe('Valid board. Par: …');
  });
});
