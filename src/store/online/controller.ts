/**
 * The leaderboards' controller, one per game store, with its state as plain data in a small
 * zustand store of its own (types.ts). It registers each game the player starts with the server
 * (which starts the result's clock), puts a won game on its leaderboard when the player asks (or
 * at once, when they said so), reads leaderboards with the player's own rank, and removes the
 * player's results on request. Client, storage and secret maker are injected: no DOM, no UI.
 */
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { OnlineClient } from '../../online/client';
import type { LeaderboardEntry } from '../../online/protocol';
import { isValidName, normalizeName } from '../../online/protocol';
import type { GameStore } from '../createGameStore';
import type { StorageLike } from '../storage';
import type { SavedPlayer } from './player';
import { NO_PLAYER, loadPlayer, savePlayer } from './player';
import { isEligible, leaderboardKey, sourceOf } from './sources';
import type { BoardView, GameSource, OnlineProblem, OnlineState, PlayerView, Reach } from './types';

export interface OnlineControllerOptions {
  readonly game: GameStore;
  readonly client: OnlineClient;
  /** Where the player's secret, name and choice are kept; null keeps them for this visit only. */
  readonly storage: StorageLike | null;
  /** Makes a new player secret (the client's newPlayerSecret). */
  readonly newSecret: () => string;
  /**
   * The server is on the page's own origin (the default). From another origin its CORS policy
   * lets the page read leaderboards and nothing else: no games are registered or finished, and
   * reads go without the player's secret (a custom header, allowed same-origin only).
   */
  readonly sameOrigin?: boolean;
}

export interface OnlineController {
  readonly state: StoreApi<OnlineState>;
  /**
   * Puts the won game on its leaderboard under `name` (remembered from then on; the remembered
   * name when left out). `auto` remembers whether later wins go on without asking. Does nothing
   * unless the game is won by the player alone, registered, and not sent yet.
   */
  submit(name?: string, auto?: boolean): Promise<void>;
  /** Remembers whether later wins go on the leaderboard without asking (once the player has a name). */
  setAuto(auto: boolean): void;
  /** Reads a leaderboard (again): a level's, a daily board's or a board's top entries. */
  show(source: GameSource): Promise<void>;
  /** Removes the player's results and name from the server, and forgets them here. */
  forget(): Promise<void>;
  dispose(): void;
}

/** How many entries a leaderboard shows. */
export const LEADERBOARD_SIZE = 20;

/** What a failure says about the server being there. */
function reachAfter(problem: OnlineProblem, before: Reach): Reach {
  if (problem.kind === 'offline' || problem.kind === 'unexpected') return 'offline';
  if (problem.kind === 'timeout' || problem.kind === 'aborted') return before;
  return 'online';
}

const viewOf = (player: SavedPlayer): PlayerView => ({ name: player.name, auto: player.auto, known: player.secret !== null });

export function createOnlineController(options: OnlineControllerOptions): OnlineController {
  const { client, storage } = options;
  const sameOrigin = options.sameOrigin ?? true;
  const loaded = loadPlayer(storage);
  let player = loaded.player;
  const life = new AbortController();
  const { signal } = life;
  const state = createStore<OnlineState>()(() => ({
    reach: 'unknown',
    player: viewOf(player),
    registration: { state: 'none' },
    submission: { state: 'idle' },
    boards: {},
    forgetting: { state: 'idle' },
  }));
  const set = (patch: Partial<OnlineState>): void => state.setState(patch);
  const failed = (problem: OnlineProblem): Partial<OnlineState> => ({ reach: reachAfter(problem, state.getState().reach) });
  const game = () => options.game.getState().game;
  const setBoard = (key: string, view: BoardView, patch: Partial<OnlineState> = {}): void =>
    state.setState((s) => ({ ...patch, boards: { ...s.boards, [key]: view } }));

  /** Counts registrations: an answer about an older one is dropped. */
  let round = 0;
  let registering: AbortController | null = null;
  /** The newest read of each leaderboard: older answers are dropped. */
  const reads = new Map<string, number>();

  function remember(next: SavedPlayer): void {
    player = next;
    if (loaded.writable && storage) savePlayer(storage, next);
    set({ player: viewOf(next) });
  }

  async function register(): Promise<void> {
    registering?.abort();
    const mine = ++round;
    const played = game();
    const source = sourceOf(played);
    // No clock to start for a game already won, and no server to ask once none answered: a
    // static host has no API, and asking it at every new game only fills its logs.
    if (!source || played.result || !sameOrigin || state.getState().reach === 'offline') {
      registering = null;
      set({ registration: { state: 'none' }, submission: { state: 'idle' } });
      return;
    }
    const controller = new AbortController();
    registering = controller;
    set({ registration: { state: 'registering' }, submission: { state: 'idle' } });
    const answer = await client.startGame(source, { signal: controller.signal });
    if (mine !== round || signal.aborted) return;
    registering = null;
    if (!answer.ok) {
      set({ registration: { state: 'failed', problem: answer.error }, ...failed(answer.error) });
      return;
    }
    const { plates, pebbles, game: id, par } = answer.value;
    if (plates !== played.start.plates || pebbles !== played.start.pebbles) {
      const problem = {
        kind: 'mismatch',
        server: { plates, pebbles },
        played: { plates: played.start.plates, pebbles: played.start.pebbles },
      } as const;
      set({ reach: 'online', registration: { state: 'failed', problem } });
      return;
    }
    set({ reach: 'online', registration: { state: 'registered', id, par } });
    submitIfAuto();
  }

  function submitIfAuto(): void {
    const { result } = game();
    if (player.auto && player.name !== null && result && isEligible(result)) void submit();
  }

  /** The player's own entry on a leaderboard, or null when there is none or it cannot be read. */
  async function ownEntry(source: GameSource): Promise<{ entry: LeaderboardEntry; total: number } | null> {
    if (!sameOrigin || player.secret === null) return null;
    const answer = await client.leaderboard(source, { limit: 1, player: player.secret, signal });
    return answer.ok && answer.value.you ? { entry: answer.value.you, total: answer.value.total } : null;
  }

  async function submit(name?: string, auto?: boolean): Promise<void> {
    const chosen = normalizeName(name ?? player.name ?? '');
    const { registration, submission } = state.getState();
    const played = game();
    const source = sourceOf(played);
    if (!isValidName(chosen) || registration.state !== 'registered' || !played.result || !isEligible(played.result) || !source) return;
    if (submission.state === 'sending' || submission.state === 'sent') return;
    const secret = player.secret ?? options.newSecret();
    remember({ secret, name: chosen, auto: auto ?? player.auto });
    const mine = round;
    set({ submission: { state: 'sending' } });
    const answer = await client.finishGame(registration.id, { moves: [...played.past], player: secret, name: chosen }, { signal });
    if (mine !== round || signal.aborted) return;
    if (answer.ok) {
      const { moves, ms, rank, total } = answer.value;
      set({ reach: 'online', submission: { state: 'sent', moves, ms, rank, total } });
      return;
    }
    // A finished game answers 409: only this page knew the game's id, so an earlier try of ours
    // (one that timed out, say) landed. The player's own entry says where.
    if (answer.error.kind === 'rejected' && answer.error.status === 409) {
      const landed = await ownEntry(source);
      if (mine !== round || signal.aborted) return;
      if (landed) {
        const { rank } = landed.entry;
        set({ reach: 'online', submission: { state: 'sent', moves: played.past.length, ms: null, rank, total: landed.total } });
        return;
      }
    }
    set({ submission: { state: 'failed', problem: answer.error }, ...failed(answer.error) });
  }

  async function show(source: GameSource): Promise<void> {
    const key = leaderboardKey(source);
    const mine = (reads.get(key) ?? 0) + 1;
    reads.set(key, mine);
    const before = state.getState().boards[key];
    const last = before === undefined ? null : before.state === 'loaded' ? before.board : before.last;
    setBoard(key, { state: 'loading', last });
    const identity = sameOrigin && player.secret !== null ? { player: player.secret } : {};
    const answer = await client.leaderboard(source, { limit: LEADERBOARD_SIZE, signal, ...identity });
    if (reads.get(key) !== mine || signal.aborted) return;
    if (answer.ok) setBoard(key, { state: 'loaded', board: answer.value }, { reach: 'online' });
    else setBoard(key, { state: 'failed', problem: answer.error, last }, failed(answer.error));
  }

  async function forget(): Promise<void> {
    const secret = player.secret;
    if (secret === null || state.getState().forgetting.state === 'sending') return;
    set({ forgetting: { state: 'sending' } });
    const answer = await client.deletePlayer(secret, { signal });
    if (signal.aborted) return;
    if (!answer.ok) {
      set({ forgetting: { state: 'failed', problem: answer.error }, ...failed(answer.error) });
      return;
    }
    // A new secret next time, so nothing links later results to the removed ones.
    remember(NO_PLAYER);
    set({ reach: 'online', forgetting: { state: 'done', removed: answer.value.removed }, boards: {} });
  }

  const unsubscribe = options.game.subscribe((now, before) => {
    if (now.game.start !== before.game.start || now.game.source !== before.game.source) {
      void register();
      return;
    }
    const { submission } = state.getState();
    // Played again after its result went on the leaderboard: the server's game is finished, so
    // this is a new one.
    if (submission.state === 'sent' && now.game.past.length === 0 && before.game.past.length > 0) {
      void register();
      return;
    }
    if (now.game.result && now.game.result !== before.game.result) {
      if (submission.state === 'failed') set({ submission: { state: 'idle' } });
      submitIfAuto();
    }
  });
  void register();

  return {
    state,
    submit,
    setAuto(auto) {
      if (player.name !== null) remember({ ...player, auto });
    },
    show,
    forget,
    dispose() {
      unsubscribe();
      registering?.abort();
      life.abort();
    },
  };
}
