/**
 * English for the leaderboards, loaded with their screens: the Leaderboards panel, the win
 * panel's offer to put a result on, times, and every online problem the store reports as data.
 * The server's own reason is quoted only where it is the news (a refused result).
 */
import type { OnlineProblem, Submission } from '../../../store/online';
import { count } from './names';

const two = (n: number): string => String(n).padStart(2, '0');

/** A leaderboard time: "42.5 s", "1:05.3", or "1:02:03" past an hour (tenths cut, never rounded up). */
export function timeText(ms: number): string {
  const tenths = Math.floor(Math.max(0, ms) / 100);
  const seconds = Math.floor(tenths / 10);
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60];
  if (h > 0) return `${h}:${two(m)}:${two(s)}`;
  if (m > 0) return `${m}:${two(s)}.${tenths % 10}`;
  return `${s}.${tenths % 10} s`;
}

/** What went wrong, in one or two sentences. */
export function onlineProblemText(problem: OnlineProblem): string {
  switch (problem.kind) {
    case 'offline':
      return 'No leaderboard server answers.';
    case 'timeout':
      return 'The leaderboard did not answer in time.';
    case 'aborted':
      return 'The request was cancelled.';
    case 'rate-limited':
      return problem.retryAfterSeconds === null
        ? 'Too many requests from this address: try again in a minute.'
        : `Too many requests from this address: try again in ${count(Math.max(1, Math.ceil(problem.retryAfterSeconds)), 'second')}.`;
    case 'rejected':
      if (problem.status === 404) return 'The leaderboard does not know this game (its server may have been reset).';
      if (problem.status === 409) return 'This game is finished on the leaderboard already.';
      if (problem.status === 422) return `The leaderboard refused it: ${problem.message.replace(/\.$/, '')}.`;
      return `The leaderboard refused it (error ${problem.status}).`;
    case 'server':
      return 'The leaderboard server failed. Try again later.';
    case 'unexpected':
      return 'The leaderboard answered with something this game does not understand.';
    case 'mismatch':
      return 'The leaderboard has another board under this name: its server runs another version of the game.';
  }
}

export const LEADERBOARDS = {
  title: 'Leaderboards',
  choose: 'Leaderboard',
  today: (date: string): string => `Today’s daily board (${date})`,
  daily: (date: string): string => `Daily board of ${date}`,
  level: (id: number): string => `Level ${id}`,
  current: 'The board you are playing',
  summary: (par: number, total: number): string => `Par ${par}. ${total === 0 ? 'No results yet.' : `${count(total, 'player')}.`}`,
  columns: { rank: 'Rank', name: 'Name', moves: 'Moves', time: 'Time' },
  you: 'you',
  empty: 'No one is on this leaderboard yet: win the board without help to be the first.',
  loading: 'Loading…',
  offline: 'Leaderboards are offline: no leaderboard server answers here. Everything else works as usual.',
  failed: (problem: OnlineProblem): string => `This leaderboard could not be loaded. ${onlineProblemText(problem)}`,
  retry: 'Try again',
  playingAs: (name: string): string => `Your results go on the leaderboards as ${name}.`,
  auto: 'Put my wins on without asking',
  forget: 'Remove my results',
  confirm: 'Remove your name and all your results from the leaderboards? This cannot be undone.',
  yes: 'Yes, remove them',
  no: 'Keep them',
  forgotten: (removed: number): string => `Removed ${count(removed, 'result')} and your name. This browser no longer remembers you.`,
  forgetFailed: (problem: OnlineProblem): string => `Your results could not be removed. ${onlineProblemText(problem)}`,
} as const;

export const SUBMIT = {
  region: 'Leaderboard',
  offer: 'Put this result on the leaderboard?',
  name: 'Your name',
  nameRule: '1 to 24 letters, digits, spaces, _ or -. Everyone can see it.',
  invalid: 'A name is 1 to 24 letters, digits, spaces, _ or -: nothing else.',
  auto: 'Put my later wins on too, without asking',
  send: 'Put it on the leaderboard',
  sendAs: (name: string): string => `Put it on as ${name}`,
  otherName: 'Use another name',
  sending: 'Sending…',
  connecting: 'Connecting to the leaderboard…',
  helped: 'Only games won without hints or the solution go on the leaderboard.',
  unregistered: (problem: OnlineProblem): string =>
    `This game could not be registered with the leaderboard, so its result cannot go on it. ${onlineProblemText(problem)}`,
  failed(problem: OnlineProblem): string {
    const lead = 'Your result is not on the leaderboard yet.';
    if (problem.kind === 'timeout') return `${lead} The leaderboard did not answer in time, so it may have arrived: try again to find out.`;
    return `${lead} ${onlineProblemText(problem)}`;
  },
  retry: 'Try again',
  sent(sent: Extract<Submission, { state: 'sent' }>): string {
    const game = sent.ms === null ? count(sent.moves, 'move') : `${count(sent.moves, 'move')} in ${timeText(sent.ms)}`;
    return `On the leaderboard: ${game}. Your best on this board is number ${sent.rank} of ${sent.total}.`;
  },
} as const;
