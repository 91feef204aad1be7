/**
 * What the store's action groups are given: zustand's get and one `update` that patches slices,
 * the jobs controller, the saved data's vault, and the injected clock, randomness and event
 * sink. No fact of the game lives here (the registry of contexts by store holds only these).
 * Also the small pure helpers that every group uses to patch state (a notice with a fresh id).
 * Must not import UI code or solver runtime code.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { Jobs } from './jobs';
import type { GameEvent, Notice } from './notices';
import type { Vault } from './storage';
import type { GameData, GameState, Session } from './types';

/** A change to some slices: each named slice is merged with its patch. */
export type Patch = {
  readonly [K in keyof GameData]?: null extends GameData[K] ? Partial<NonNullable<GameData[K]>> | null : Partial<GameData[K]>;
};

export interface StoreContext {
  readonly get: () => GameState;
  /** Applies one patch (or a patch worked out from the state) in one zustand update. */
  readonly update: (patch: Patch | ((state: GameState) => Patch)) => void;
  readonly jobs: Jobs;
  readonly vault: Vault;
  /** False when the host turned help off: no optimal moves shown, no coach. */
  readonly help: boolean;
  readonly emit: (event: GameEvent) => void;
  readonly now: () => Date;
  readonly random: () => number;
  /** Pause between the moves of "Show solution". */
  readonly solutionDelayMs: number;
  /**
   * Runs work that nothing on screen waits for (asking the solver about the board a move made)
   * once the move is drawn, so that it stays out of the player's input; never after dispose.
   */
  readonly afterPaint: (step: () => void) => void;
  /** Writes the game's save now if it is still waiting for the paint (before a saved game is read). */
  readonly savePending: () => void;
}

/** Merges a patch into the state's slices (a new object for each slice it changes). */
export function merged(state: GameData, patch: Patch): Partial<GameData> {
  const next: { -readonly [K in keyof GameData]?: GameData[K] } = {};
  for (const key of Object.keys(patch) as (keyof GameData)[]) {
    const part = patch[key];
    // null empties a slice that may be empty (the editor's draft); an object patches it.
    if (part === null) Object.assign(next, { [key]: null });
    else if (part) Object.assign(next, { [key]: { ...state[key], ...part } });
  }
  return next;
}

export function updater(set: (patch: (state: GameState) => Partial<GameState>) => void): StoreContext['update'] {
  return (patch) => set((state) => merged(state, typeof patch === 'function' ? patch(state) : patch));
}

/**
 * Each store's context, for the store modules that load later than the store (the editor): they
 * act on the store's slices with the same injected dependencies.
 */
const contexts = new WeakMap<StoreApi<GameState>, StoreContext>();

export function registerContext(store: StoreApi<GameState>, ctx: StoreContext): void {
  contexts.set(store, ctx);
}

export function contextOf(store: StoreApi<GameState>): StoreContext {
  const ctx = contexts.get(store);
  if (!ctx) throw new Error('not a game store made by createGameStore');
  return ctx;
}

/** The session with `notice` shown under a fresh id. */
export function showing(session: Session, notice: Notice): Partial<Session> {
  const id = session.serial + 1;
  return { notice, noticeId: id, serial: id };
}

/** Shows `notice`, with any other change to the session made in the same update. */
export function tell(ctx: Pick<StoreContext, 'update'>, notice: Notice, session: Partial<Session> = {}): void {
  ctx.update((s) => ({ session: { ...session, ...showing(s.session, notice) } }));
}
