/**
 * The game store with a fake solver client: moves and refusals, undo/redo/restart, par from the
 * solver, the two-step hint, stale answers dropped, latest request wins, the coach, "Show
 * solution", the win and saved stats, and solver failures turned into messages.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXAMPLE_BOARD, applyMoves, holeOf, isSolved, sameBoard } from '../../src/engine';
import { solve } from '../../src/solver';
import { STORAGE_KEY } from '../../src/store';
import type { GameEvent } from '../../src/store';
import { SolverError } from '../../src/worker/client';
import { NEAR } from '../support/boards';
import { fakeSolver, memoryStorage } from '../support/fakeSolver';
import { makeStore as make, settle } from '../support/store';

afterEach(() => {
  vi.useRealTimers();
});

describe('moves', () => {
  it('moves a pebble into the hole, counts it and announces it', async () => {
    const events: GameEvent[] = [];
    const { game } = make({ onEvent: (e) => events.push(e) });
    expect(game().moveFrom(3)).toBe(true);
    expect(holeOf(game().board)).toBe(3);
    expect(game().past).toEqual([3]);
    expect(game().announcement).toMatch(/^Blue pebble from row 3, place 1 to row 1, place 1\. 1 move/);
    expect(game().animation).toMatchObject({ from: 3, to: 0 });
    expect(events).toEqual([{ type: 'move', move: 3, moves: 1 }]);
  });

  it('refuses a pebble off the hole’s lines with an explanation and changes nothing', () => {
    const { game } = make();
    const before = game().board;
    expect(game().moveFrom(7)).toBe(false);
    expect(game().board).toBe(before);
    expect(game().message?.text).toBe('That pebble is not on a straight line with the hole.');
    expect(game().refused).toMatchObject({ pos: 7 });
    expect(game().moveFrom(0)).toBe(false);
    expect(game().message?.text).toMatch(/^That is the hole/);
  });

  it('undoes, redoes and restarts', () => {
    const { game } = make();
    game().moveFrom(3);
    game().moveFrom(4);
    const two = game().board;
    game().undo();
    expect(game().past).toEqual([3]);
    expect(game().future).toEqual([4]);
    expect(game().animation).toMatchObject({ from: 3, to: 4 });
    game().redo();
    expect(game().board).toEqual(two);
    game().undo();
    game().moveFrom(5);
    expect(game().future).toEqual([]);
    game().restart();
    expect(game().board).toEqual(EXAMPLE_BOARD);
    expect(game().past).toEqual([]);
  });

  it('lets Redo bring back the moves that a restart (one stray R key) took away', () => {
    const { game } = make();
    for (const move of [3, 4, 5]) game().moveFrom(move);
    const after = game().board;
    game().restart();
    expect(game().past).toEqual([]);
    for (let i = 0; i < 3; i++) game().redo();
    expect(game().board).toEqual(after);
    expect(game().past).toEqual([3, 4, 5]);
  });

  it('moves focus over the triangle with arrow directions', () => {
    const { game } = make();
    game().setFocus(4);
    game().moveFocus('up');
    expect(game().focus).toBe(2);
    game().moveFocus('right');
    expect(game().focus).toBe(2);
    game().moveFocus('left');
    game().moveFocus('down');
    game().moveFocus('down');
    expect(game().focus).toBe(6);
  });
});

describe('answers from the solver', () => {
  it('takes par from the solver: 16 for the example board', async () => {
    const { game } = make();
    expect(game().par).toBeNull();
    await settle();
    expect(game().par).toBe(16);
    expect(game().analysis?.hints).toEqual([3, 4, 10]);
  });

  it('drops an answer for a board the game has left', async () => {
    const solver = fakeSolver({ manual: true });
    const { game } = make({ solver });
    await settle();
    game().moveFrom(3);
    await solver.flush();
    expect(game().par).toBe(16);
    const result = game().analysis;
    expect(result === null || sameBoard(game().board, applyMoves(EXAMPLE_BOARD, [3]))).toBe(true);
    expect(result?.distance).toBe(solve(game().board).distance);
  });

  it('cancels the previous request when a newer board is asked about, but keeps the par request', async () => {
    const solver = fakeSolver({ manual: true });
    const { game } = make({ solver });
    await settle();
    game().moveFrom(3);
    game().moveFrom(5);
    const first = applyMoves(EXAMPLE_BOARD, [3]);
    expect(solver.cancelled.some((b) => sameBoard(b, first))).toBe(true);
    expect(solver.cancelled.some((b) => sameBoard(b, EXAMPLE_BOARD))).toBe(false);
    await solver.flush();
    expect(game().par).toBe(16);
    expect(game().analysis?.distance).toBe(solve(game().board).distance);
  });

  it('gives a hint in two steps: the pebble, then where it goes', async () => {
    const { game } = make();
    await settle();
    game().pressHint();
    expect(game().hintStage).toBe(1);
    expect([3, 4, 10]).toContain(game().hintMove);
    expect(game().message?.text).toMatch(/Hint: move the marked pebble/);
    game().pressHint();
    expect(game().hintStage).toBe(2);
    expect(game().hintsUsed).toBe(2);
    game().moveFrom(game().hintMove!);
    expect(game().hintStage).toBe(0);
  });

  it('shows busy while a hint is being worked out, then the hint', async () => {
    const solver = fakeSolver({ manual: true });
    const { game } = make({ solver });
    game().pressHint();
    expect(game().busy).toBe(true);
    await solver.flush();
    expect(game().busy).toBe(false);
    expect(game().hintStage).toBe(1);
  });

  it('a waiting hint is dropped when the player moves first', async () => {
    const solver = fakeSolver({ manual: true });
    const { game } = make({ solver });
    await settle();
    game().pressHint();
    game().moveFrom(3);
    await solver.flush();
    expect(game().hintStage).toBe(0);
    expect(game().busy).toBe(false);
  });

  it('turns a solver failure into a short message and an error event', async () => {
    const events: GameEvent[] = [];
    const solver = fakeSolver({ manual: true });
    const { game } = make({ solver, onEvent: (e) => events.push(e) });
    solver.failWith(new SolverError('unavailable', 'The puzzle helper stopped responding. Please try again.'));
    game().pressHint();
    await solver.flush();
    expect(game().busy).toBe(false);
    expect(game().message).toMatchObject({ tone: 'error', text: 'The puzzle helper stopped responding. Please try again.' });
    expect(events.some((e) => e.type === 'error')).toBe(true);
  });

  it('still tells a player who solves the board without a solver that it is solved', async () => {
    const solver = fakeSolver();
    solver.failWith(new SolverError('unavailable', 'The puzzle helper stopped responding. Please try again.'));
    const { game } = make({ board: NEAR, solver });
    await settle();
    expect(game().par).toBeNull();
    for (const move of solve(NEAR).line) game().moveFrom(move);
    await settle();
    expect(game().result).toBeNull();
    expect(game().message).toMatchObject({ tone: 'good', text: expect.stringMatching(/^Solved in 3 moves!/) });
    expect(game().announcement).toMatch(/^Solved in 3 moves!/);
  });
});

describe('coach', () => {
  it('says whether a move kept to a shortest path or cost extra moves', async () => {
    const { game } = make();
    game().updateSettings({ coach: true });
    await settle();
    game().moveFrom(3);
    await settle();
    expect(game().message).toMatchObject({ tone: 'good' });
    expect(game().message?.text).toMatch(/Good move: still on a shortest path \(15 to go\)/);
    const hints = game().analysis!.hints;
    const bad = [0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14].find((p) => !hints.includes(p) && game().moveFrom(p));
    expect(bad).toBeDefined();
    await settle();
    expect(game().message?.text).toMatch(/cost (one extra move|two extra moves)/);
  });
});

describe('winning', () => {
  it('plays the solution step by step into the undo history and says so in the result', async () => {
    const { game } = make({ board: NEAR });
    await settle();
    const par = game().par!;
    game().playSolution();
    await vi.waitFor(() => expect(game().result).not.toBeNull());
    expect(isSolved(game().board)).toBe(true);
    expect(game().result).toMatchObject({ moves: par, par, stars: 0, solutionShown: true });
    expect(game().message).toBeNull();
    game().undo();
    expect(game().result).toBeNull();
    expect(game().past).toHaveLength(par - 1);
  });

  it('keeps saying that the solution is playing while its moves are made', async () => {
    const { game } = make();
    await settle();
    game().playSolution();
    expect(game().past.length).toBe(1);
    expect(game().message?.text).toMatch(/Playing the solution/);
    game().stopSolution();
  });

  it('stops the solution when asked', async () => {
    const { store, game } = make({ solver: fakeSolver() });
    await settle();
    const seen: number[] = [];
    store.subscribe((s) => seen.push(s.past.length));
    game().playSolution();
    game().stopSolution();
    await settle();
    await settle();
    expect(game().playing).toBe(false);
    expect(game().past.length).toBeLessThanOrEqual(1);
  });

  it('scores a win against par, saves the best result and emits solved', async () => {
    const storage = memoryStorage();
    const events: GameEvent[] = [];
    const { game } = make({ board: NEAR, storage, onEvent: (e) => events.push(e) });
    await settle();
    for (const move of solve(NEAR).line) game().moveFrom(move);
    await settle();
    expect(game().result).toMatchObject({ moves: 3, par: 3, stars: 3, hintsUsed: 0 });
    expect(events.at(-1)).toEqual({ type: 'solved', moves: 3, par: 3 });
    const saved = JSON.parse(storage.data.get(STORAGE_KEY)!);
    expect(saved.solved[`${NEAR.plates}/${NEAR.pebbles}`]).toEqual({ best: 3, par: 3, stars: 3 });
    expect(game().announcement).toMatch(/Solved in 3 moves\. Par is 3\. 3 stars/);
  });

  it('gives fewer stars for extra moves', async () => {
    const { game } = make({ board: NEAR });
    await settle();
    const [a, b, c] = solve(NEAR).line as number[];
    const back = holeOf(NEAR);
    game().moveFrom(a!);
    game().moveFrom(back);
    for (const move of [a!, b!, c!]) game().moveFrom(move);
    await settle();
    expect(game().result).toMatchObject({ moves: 5, par: 3, stars: 2 });
  });
});

describe('saved data', () => {
  it('resets corrupted stats with a message instead of breaking', async () => {
    const storage = memoryStorage({ [STORAGE_KEY]: '{"version":1,"solved":7' });
    const { game } = make({ storage });
    await settle();
    expect(game().stats.wins).toBe(0);
    expect(game().message?.text).toMatch(/damaged and has been reset/);
    expect(JSON.parse(storage.data.get(STORAGE_KEY)!).version).toBe(1);
  });

  it('keeps settings across stores', () => {
    const storage = memoryStorage();
    make({ storage }).game().updateSettings({ palette: 'high-contrast', coach: true });
    expect(make({ storage }).game().settings).toEqual({ palette: 'high-contrast', showAll: false, coach: true });
  });

  it('keeps the wins and settings of other boards that share the storage', async () => {
    const storage = memoryStorage();
    const first = make({ board: NEAR, storage });
    const second = make({ board: NEAR, storage });
    await settle();
    first.game().updateSettings({ coach: true });
    for (const move of solve(NEAR).line) first.game().moveFrom(move);
    await settle();
    second.game().updateSettings({ palette: 'colour-blind' });
    for (const move of solve(NEAR).line) second.game().moveFrom(move);
    await settle();
    const saved = JSON.parse(storage.data.get(STORAGE_KEY)!);
    expect(saved.wins).toBe(2);
    expect(saved.settings).toEqual({ palette: 'colour-blind', showAll: false, coach: true });
  });
});

describe('help turned off by the host', () => {
  it('ignores saved help settings', () => {
    const storage = memoryStorage();
    make({ storage }).game().updateSettings({ showAll: true, coach: true });
    const { store } = make({ storage, help: false });
    expect(store.getState().settings).toMatchObject({ showAll: false, coach: false });
    store.getState().updateSettings({ palette: 'high-contrast' });
    expect(JSON.parse(storage.data.get(STORAGE_KEY)!).settings).toEqual({ palette: 'high-contrast', showAll: true, coach: true });
  });
});
