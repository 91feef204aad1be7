/**
 * Help from the solver in the store: the two-step hint as notice data, busy while the solver
 * works, a waiting hint dropped when the player moves first, and "Show solution" playing the
 * solver's line into the undo history, stoppable at any time.
 */
import { describe, expect, it, vi } from 'vitest';
import { holeOf, isSolved } from '../../src/engine';
import { NEAR, SOLVED } from '../support/boards';
import { fakeSolver } from '../support/fakeSolver';
import { makeStore as make, settle } from '../support/store';

describe('the hint', () => {
  it('comes in two steps: the pebble, then where it goes; each counts as a hint', async () => {
    const { game } = make();
    await settle();
    game().pressHint();
    const from = game().session.hintMove!;
    expect([3, 4, 10]).toContain(from);
    expect(game().session).toMatchObject({ hintStage: 1, focus: from, notice: { kind: 'hint', stage: 1, from, to: 0 } });
    game().pressHint();
    expect(game().session).toMatchObject({ hintStage: 2, notice: { kind: 'hint', stage: 2, from, to: 0 } });
    expect(game().game.hintsUsed).toBe(2);
    game().pressHint();
    expect(game().session.notice).toMatchObject({ kind: 'hint-waiting' });
    expect(game().game.hintsUsed).toBe(2);
    game().moveFrom(from);
    expect(game().session).toMatchObject({ hintStage: 0, hintMove: null });
  });

  it('waits for the solver, then shows the pebble', async () => {
    const solver = fakeSolver({ manual: true });
    const { game } = make({ solver });
    game().pressHint();
    expect(game().answers.waiting).toBe('hint');
    await solver.flush();
    expect(game().answers.waiting).toBeNull();
    expect(game().session.hintStage).toBe(1);
  });

  it('is dropped when the player moves before the solver answers', async () => {
    const solver = fakeSolver({ manual: true });
    const { game } = make({ solver });
    await settle();
    game().pressHint();
    game().moveFrom(3);
    expect(game().answers.waiting).toBeNull();
    await solver.flush();
    expect(game().session.hintStage).toBe(0);
    expect(game().game.hintsUsed).toBe(0);
  });

  it('has nothing to give on a solved board', async () => {
    const { game } = make({ board: SOLVED });
    await settle();
    game().pressHint();
    expect(game().session.notice).toMatchObject({ kind: 'already-solved', asked: 'hint' });
    expect(game().game.hintsUsed).toBe(0);
  });
});

describe('Show solution', () => {
  it('plays the solution step by step into the undo history and says so in the result', async () => {
    const { game } = make({ board: NEAR });
    await settle();
    const par = game().answers.par!;
    game().playSolution();
    await vi.waitFor(() => expect(game().game.result).not.toBeNull());
    expect(isSolved(game().game.board)).toBe(true);
    expect(game().game.result).toMatchObject({ moves: par, par, stars: 0, solutionShown: true });
    expect(game().session).toMatchObject({ playing: false, notice: null });
    game().undo();
    expect(game().game.result).toBeNull();
    expect(game().game.past).toHaveLength(par - 1);
  });

  it('keeps its notice up while its moves are made', async () => {
    const { game } = make();
    await settle();
    game().playSolution();
    expect(game().game.past.length).toBe(1);
    expect(game().session.notice).toMatchObject({ kind: 'solution-playing' });
    game().stopSolution();
  });

  it('stops when asked: no move is made after Stop, and the player is told', async () => {
    const { game } = make({ solutionDelayMs: 5 });
    await settle();
    game().playSolution();
    expect(game().game.past).toHaveLength(1);
    game().stopSolution();
    expect(game().session).toMatchObject({ playing: false, notice: { kind: 'solution-stopped' } });
    await new Promise((r) => setTimeout(r, 30));
    expect(game().game.past).toHaveLength(1);
  });

  it('stops when the player moves, and the player’s move counts', async () => {
    const { game } = make({ solutionDelayMs: 5 });
    await settle();
    game().playSolution();
    const hole = holeOf(game().game.board);
    const mine = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14].find((p) => p !== hole && game().moveFrom(p));
    expect(mine).toBeDefined();
    await new Promise((r) => setTimeout(r, 30));
    expect(game().session.playing).toBe(false);
    expect(game().game.past).toEqual([game().game.past[0], mine]);
  });

  it('waits for the solver between moves when it has no answer yet', async () => {
    const solver = fakeSolver({ manual: true });
    const { game } = make({ board: NEAR, solver });
    game().playSolution();
    expect(game().answers.waiting).toBe('solution');
    for (let i = 0; i < 20 && !game().game.result; i++) await solver.flush();
    expect(game().game.result).toMatchObject({ solutionShown: true });
  });
});
