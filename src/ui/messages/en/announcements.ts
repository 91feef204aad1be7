/**
 * English for what a board says even when the rest of its notices' words could not load (embed.js
 * loads those with its later script, embed/later.ts): the announcements of the polite live
 * region, why a pebble did not move, and a win without par. Built from the store's data alone.
 */
import type { Announcement, GameResult, Notice } from '../../../store';
import { capitalised, colourName, count, placeName } from './names';

const REFUSALS = {
  hole: 'That is the hole: pick a pebble to move into it.',
  'off-line': 'That pebble is not on a straight line with the hole.',
} as const;

/** Why a tapped or dropped pebble did not move. */
export function notMovedText(notice: Extract<Notice, { kind: 'refused' | 'missed-drop' }>): string {
  if (notice.kind === 'missed-drop') {
    const where = notice.onto === null ? 'drop missed the board' : `is ${placeName(notice.onto)}, not the hole`;
    return `That ${where}: drop the pebble on the hole at ${placeName(notice.hole)}.`;
  }
  return notice.reason === 'no-position' ? `There is no position ${notice.pos}.` : REFUSALS[notice.reason];
}

export const solvedWithoutPar = (moves: number): string =>
  `Solved in ${count(moves, 'move')}! Without the puzzle helper there is no par to score it against.`;

function wonText(result: GameResult): string {
  const help = result.solutionShown ? ' with the solution shown' : result.hintsUsed > 0 ? ' with hints' : '';
  const stars = result.stars === 0 ? 'No stars' : count(result.stars, 'star');
  return `Solved${help} in ${result.moves} moves. Par is ${result.par}. ${stars}.`;
}

const progress = (moves: number, matched: number, pebbles: number): string => `${count(moves, 'move')}, ${matched} of ${pebbles} matched.`;

export function announcementText(announcement: Announcement): string {
  switch (announcement.kind) {
    case 'moved': {
      const { how, from, to, colour } = announcement;
      const pebble = `${colourName(colour)} pebble`;
      const what =
        how === 'undo'
          ? `Undid: ${pebble} back from ${placeName(from)} to ${placeName(to)}.`
          : `${how === 'redo' ? 'Redid: ' : ''}${how === 'redo' ? pebble : capitalised(pebble)} from ${placeName(from)} to ${placeName(to)}.`;
      return `${what} ${progress(announcement.moves, announcement.matched, announcement.pebbles)}`;
    }
    case 'restarted':
      return `Back to the start board. Redo brings the moves back. ${progress(0, announcement.matched, announcement.pebbles)}`;
    case 'new-board':
      return { new: 'A new board is ready.', again: 'The board starts again.', solved: 'This board is already solved.' }[announcement.how];
    case 'won':
      return wonText(announcement.result);
    case 'solved-without-par':
      return solvedWithoutPar(announcement.moves);
  }
}
