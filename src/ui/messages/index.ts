/**
 * Every word the player or the site owner reads, in one place: the UI imports its text from
 * here and nowhere else. English only for now; a translation is a new folder beside en/ with the
 * same exports, chosen here (and in panels.ts). The language modules are split by where their
 * words are needed, so that embedded boards carry only the game's words and the app's panels
 * load theirs with them (from ./panels, never re-exported here); the notices' words load on a
 * board's first notice (./notices and ./appNotices, never re-exported here).
 */
export * from './en/names';
export * from './en/failures';
export * from './en/errors';
export * from './en/game';
export { toneOf } from './tone';
export type { Tone } from './tone';
export * from './en/app';
