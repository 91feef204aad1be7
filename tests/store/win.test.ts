/** The end of a game: stars against par, the result, the saved entry and the solved event. */
import { describe, expect, it } from 'vitest';
import { holeOf } from '../../src/engine';
import { solve } from '../../src/solver';
import { FINISHED_KEY, boardId } from '../../src/store';
import type { GameEvent } from '../../src/store';
import { NEAR } from '../support/boards';
import { fakeSolver, memoryStorage } from '../support/fakeSolver';
import { makeStore as make, settle } from '../support/store';

describe('winning', () => {
  it('scores a win against par, saves the best result, announces it and emits solved', async () => {
    const storage = memoryStorage();
    const events: GameEvent[] = [];
    const { game } = make({ board: NEAR, storage, onEvent: (e) => events.push(e) });
    await settle();
    for (const move of solve(NEAR).line) game().moveFrom(move);
    await settle();
    const result = { moves: 3, par: 3, stars: 3, hintsUsed: 0, solutionShown: false };
    expect(game().game.result).toEqual(result);
    expect(game().session.announcement).toEqual({ kind: 'won', result });
    expect(events.at(-1)).toEqual({ type: 'solved', moves: 3, par: 3 });
    expect(JSON.parse(storage.data.get(FINISHED_KEY)!).games).toMatchObject([
      { board: boardId(NEAR), moves: 3, par: 3, stars: 3, hintsUsed: 0, solutionShown: false },
    ]);
    expect(game().progress.stats?.solved[boardId(NEAR)]).toEqual({ best: 3, par: 3, stars: 3 });
  });

  it('gives fewer stars for extra moves', async () => {
    const { game } = make({ board: NEAR });
    await settle();
    const [a, b, c] = solve(NEAR).line as number[];
    game().moveFrom(a!);
    game().moveFrom(holeOf(NEAR));
    for (const move of [a!, b!, c!]) game().moveFrom(move);
    await settle();
    expect(game().game.result).toMatchObject({ moves: 5, par: 3, stars: 2 });
  });

  it('waits for par: a board sorted before the solver answers wins when par comes', async () => {
    const solver = fakeSolver({ manual: true });
    const { game } = make({ board: NEAR, solver });
    for (const move of solve(NEAR).line) game().moveFrom(move);
    await settle();
    expect(game().game.result).toBeNull();
    await solver.flush();
    expect(game().game.result).toMatchObject({ moves: 3, par: 3, stars: 3 });
  });
});
