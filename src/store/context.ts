/**
 * What the store's action groups share: zustand's set/get, the solver client and analyst,
 * storage, events and timers. Built once per store in createGameStore.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { Board } from '../engine';
import type { SolverClient } from '../worker/client';
import type { Analyst } from './analyst';
import type { StorageLike } from './stats';
import type { GameEvent, GameState, Tone } from './types';

export interface StoreContext {
  readonly set: StoreApi<GameState>['setState'];
  readonly get: () => GameState;
  readonly solver: SolverClient;
  readonly analyst: Analyst;
  readonly storage: StorageLike | null;
  readonly emit: (event: GameEvent) => void;
  readonly now: () => Date;
  readonly random: () => number;
  readonly solutionDelayMs: number;
  /** A fresh id for messages and animations. */
  nextId(): number;
  /** Shows a message to the player. */
  say(text: string, tone: Tone): void;
  /** Asks the solver about the current board and applies the answer if the board is unchanged. */
  analyse(): void;
  /** Pending work that must stop when the game changes or the store is disposed. */
  timers: { solution?: ReturnType<typeof setTimeout> };
  /** The board and move the coach should judge when the new board's distance is known. */
  coach: { before: Board; after: Board } | null;
  /** What the player is waiting for while the solver works. */
  waiting: 'hint' | 'solution' | null;
  /** Cancels board generation in progress. */
  generation: AbortController | null;
}
