/**
 * The jobs controller over a fake solver client: answers cached and shared between lanes, the
 * latest question of a lane the only one answered, a question cancelled once no lane waits for
 * it, generation where the newest request wins, the one timer, and cancel.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Board } from '../../src/engine';
import { EXAMPLE_BOARD, applyMoves, sameBoard } from '../../src/engine';
import { solve } from '../../src/solver';
import { createJobs } from '../../src/store/jobs';
import { SolverError } from '../../src/worker/client';
import { fakeSolver } from '../support/fakeSolver';

const A = EXAMPLE_BOARD;
const B = applyMoves(A, [3]);
const C = applyMoves(A, [4]);
const wasCancelled = (cancelled: Board[], board: Board): boolean => cancelled.some((b) => sameBoard(b, board));

afterEach(() => vi.useRealTimers());

describe('questions', () => {
  it('answers, remembers the answer and asks the solver once per board', async () => {
    const solver = fakeSolver();
    const jobs = createJobs(solver);
    expect(jobs.known(A)).toBeUndefined();
    expect(await jobs.solve(A, 'current')).toEqual(solve(A));
    expect(jobs.known(A)).toEqual(solve(A));
    expect(await jobs.solve(A, 'editor')).toEqual(solve(A));
    expect(solver.asked).toHaveLength(1);
  });

  it('shares one question between lanes asking about the same board', async () => {
    const solver = fakeSolver({ manual: true });
    const jobs = createJobs(solver);
    const start = jobs.solve(A, 'start');
    const current = jobs.solve(A, 'current');
    expect(solver.pending()).toBe(1);
    await solver.flush();
    expect(await start).toEqual(solve(A));
    expect(await current).toEqual(solve(A));
  });

  it('answers a lane only about the board it asked about last, and cancels a question no lane waits for', async () => {
    const solver = fakeSolver({ manual: true });
    const jobs = createJobs(solver);
    const first = jobs.solve(A, 'current');
    const second = jobs.solve(B, 'current');
    expect(wasCancelled(solver.cancelled, A)).toBe(true);
    await solver.flush();
    expect(await first).toBeNull();
    expect(await second).toEqual(solve(B));
  });

  it('joins a lane’s second question about the same board to the first', async () => {
    const solver = fakeSolver({ manual: true });
    const jobs = createJobs(solver);
    const first = jobs.solve(A, 'current');
    const second = jobs.solve(A, 'current');
    expect(solver.pending()).toBe(1);
    await solver.flush();
    expect([await first, await second]).toEqual([solve(A), solve(A)]);
  });

  it('keeps a question another lane still waits for, but does not answer the lane that moved on', async () => {
    const solver = fakeSolver({ manual: true });
    const jobs = createJobs(solver);
    const par = jobs.solve(A, 'start');
    const current = jobs.solve(A, 'current');
    void jobs.solve(B, 'current');
    expect(wasCancelled(solver.cancelled, A)).toBe(false);
    await solver.flush();
    expect(await par).toEqual(solve(A));
    expect(await current).toBeNull();
  });

  it('lets a later question of a lane replace an earlier one even when its answer is known', async () => {
    const jobs = createJobs(fakeSolver());
    await jobs.solve(A, 'current');
    const slow = jobs.solve(C, 'current');
    const known = jobs.solve(A, 'current');
    expect(await known).toEqual(solve(A));
    expect(await slow).toBeNull();
  });

  it('passes the solver’s failure to the latest question, and nothing to a replaced one', async () => {
    const solver = fakeSolver({ manual: true });
    const jobs = createJobs(solver);
    const par = jobs.solve(A, 'start');
    const current = jobs.solve(A, 'current');
    const editor = jobs.solve(B, 'editor');
    solver.failWith(new SolverError('failed', 'boom'));
    jobs.cancel('current');
    const outcomes = Promise.allSettled([par, editor, current]);
    await solver.flush();
    const [parOutcome, editorOutcome, currentOutcome] = await outcomes;
    expect(parOutcome).toMatchObject({ status: 'rejected', reason: { kind: 'failed' } });
    expect(editorOutcome).toMatchObject({ status: 'rejected', reason: { kind: 'failed' } });
    expect(currentOutcome).toEqual({ status: 'fulfilled', value: null });
  });

  it('cancels every lane at once', async () => {
    const solver = fakeSolver({ manual: true });
    const jobs = createJobs(solver);
    const questions = [jobs.solve(A, 'start'), jobs.solve(B, 'current'), jobs.solve(C, 'editor')];
    jobs.cancel();
    expect(solver.cancelled).toHaveLength(3);
    expect(await Promise.all(questions)).toEqual([null, null, null]);
  });
});

describe('generation', () => {
  it('gives the newest request its board and the older ones null', async () => {
    const jobs = createJobs(fakeSolver());
    const older = jobs.generate({ distance: 4, seed: 1 });
    const newer = jobs.generate({ distance: 5, seed: 2 });
    expect(await older).toBeNull();
    expect(solve((await newer)!).distance).toBe(5);
  });

  it('is stopped by cancel', async () => {
    const jobs = createJobs(fakeSolver());
    const request = jobs.generate({ distance: 4, seed: 1 });
    jobs.cancel('generate');
    expect(await request).toBeNull();
  });

  it('passes a failure on', async () => {
    const jobs = createJobs(fakeSolver());
    await expect(jobs.generate({ distance: -1, seed: 1 })).rejects.toMatchObject({ kind: 'failed' });
  });
});

describe('the timer', () => {
  it('runs one step at a time: a new step replaces the waiting one, and cancel stops it', () => {
    vi.useFakeTimers();
    const jobs = createJobs(fakeSolver());
    const ran: string[] = [];
    jobs.after(10, () => ran.push('first'));
    jobs.after(10, () => ran.push('second'));
    vi.advanceTimersByTime(20);
    expect(ran).toEqual(['second']);
    jobs.after(10, () => ran.push('third'));
    jobs.cancel('timer');
    vi.advanceTimersByTime(20);
    expect(ran).toEqual(['second']);
  });
});
