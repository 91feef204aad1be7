/**
 * The English words of the leaderboards, pinned once: times, every online problem, the offer's
 * outcome and the panel's lines. Component tests assert facts and take their text from here.
 */
import { describe, expect, it } from 'vitest';
import type { OnlineProblem } from '../../../src/store/online';
import { LEADERBOARDS, SUBMIT, onlineProblemText, timeText } from '../../../src/ui/messages/online';
import { VIEWS } from '../../../src/ui/messages';

describe('leaderboard times', () => {
  it.each([
    [0, '0.0 s'],
    [42_580, '42.5 s'],
    [59_999, '59.9 s'],
    [65_300, '1:05.3'],
    [3_599_900, '59:59.9'],
    [3_723_000, '1:02:03'],
    [-5, '0.0 s'],
  ])('%i ms reads %s', (ms, text) => {
    expect(timeText(ms)).toBe(text);
  });
});

describe('online problems', () => {
  it.each<[OnlineProblem, string]>([
    [{ kind: 'offline', message: 'x' }, 'No leaderboard server answers.'],
    [{ kind: 'timeout', message: 'x' }, 'The leaderboard did not answer in time.'],
    [{ kind: 'aborted', message: 'x' }, 'The request was cancelled.'],
    [
      { kind: 'rate-limited', status: 429, retryAfterSeconds: 1, message: 'x' },
      'Too many requests from this address: try again in 1 second.',
    ],
    [
      { kind: 'rate-limited', status: 429, retryAfterSeconds: 42.2, message: 'x' },
      'Too many requests from this address: try again in 43 seconds.',
    ],
    [
      { kind: 'rate-limited', status: 429, retryAfterSeconds: null, message: 'x' },
      'Too many requests from this address: try again in a minute.',
    ],
    [{ kind: 'rejected', status: 404, message: 'x' }, 'The leaderboard does not know this game (its server may have been reset).'],
    [{ kind: 'rejected', status: 409, message: 'x' }, 'This game is finished on the leaderboard already.'],
    [
      { kind: 'rejected', status: 422, message: 'move 3: that pebble is not on a line with the hole.' },
      'The leaderboard refused it: move 3: that pebble is not on a line with the hole.',
    ],
    [{ kind: 'rejected', status: 413, message: 'x' }, 'The leaderboard refused it (error 413).'],
    [{ kind: 'server', status: 500, message: 'x' }, 'The leaderboard server failed. Try again later.'],
    [{ kind: 'unexpected', status: 200, message: 'x' }, 'The leaderboard answered with something this game does not understand.'],
    [
      { kind: 'mismatch', server: { plates: 'x', pebbles: 'y' }, played: { plates: 'x', pebbles: 'z' } },
      'The leaderboard has another board under this name: its server runs another version of the game.',
    ],
  ])('%o', (problem, text) => {
    expect(onlineProblemText(problem)).toBe(text);
  });
});

describe('the offer in the win panel', () => {
  it('says where the result went, with the time when the server gave it', () => {
    expect(SUBMIT.sent({ state: 'sent', moves: 12, ms: 65_300, rank: 3, total: 41 })).toBe(
      'On the leaderboard: 12 moves in 1:05.3. Your best on this board is number 3 of 41.',
    );
    expect(SUBMIT.sent({ state: 'sent', moves: 1, ms: null, rank: 1, total: 1 })).toBe(
      'On the leaderboard: 1 move. Your best on this board is number 1 of 1.',
    );
  });

  it('says a timed-out result may have arrived, and why others did not', () => {
    expect(SUBMIT.failed({ kind: 'timeout', message: 'x' })).toBe(
      'Your result is not on the leaderboard yet. The leaderboard did not answer in time, so it may have arrived: try again to find out.',
    );
    expect(SUBMIT.failed({ kind: 'offline', message: 'x' })).toBe(
      'Your result is not on the leaderboard yet. No leaderboard server answers.',
    );
    expect(SUBMIT.unregistered({ kind: 'server', status: 503, message: 'x' })).toBe(
      'This game could not be registered with the leaderboard, so its result cannot go on it. The leaderboard server failed. Try again later.',
    );
    expect(SUBMIT.sendAs('Ana')).toBe('Put it on as Ana');
  });
});

describe('the Leaderboards panel', () => {
  it('names its view, its boards and its figures', () => {
    expect(VIEWS.leaderboard).toBe('Leaderboards');
    expect(LEADERBOARDS.today('2026-11-22')).toBe('Today’s daily board (2026-11-22)');
    expect(LEADERBOARDS.daily('2026-11-20')).toBe('Daily board of 2026-11-20');
    expect(LEADERBOARDS.summary(12, 0)).toBe('Par 12. No results yet.');
    expect(LEADERBOARDS.summary(12, 1)).toBe('Par 12. 1 player.');
    expect(LEADERBOARDS.summary(12, 41)).toBe('Par 12. 41 players.');
    expect(LEADERBOARDS.forgotten(3)).toBe('Removed 3 results and your name. This browser no longer remembers you.');
    expect(LEADERBOARDS.failed({ kind: 'offline', message: 'x' })).toBe(
      'This leaderboard could not be loaded. No leaderboard server answers.',
    );
  });
});
