/**
 * Help from the solver: the two-step hint (the pebble, then where it goes) and "Show solution",
 * which plays the solver's line move by move into the undo history. Both wait for the answer
 * about the current board through answers.waitFor. Must not import UI code or solver runtime code.
 */
import { holeOf, isSolved } from '../engine';
import type { SolveResult } from '../solver/types';
import { waitFor } from './answers';
import type { StoreContext } from './context';
import { showing, tell } from './context';
import { makeMove } from './play';
import type { GameActions } from './types';

/** The move to hint: the first of the solver's line when it is optimal, else the first optimal one. */
function hintedMove(result: SolveResult): number {
  const first = result.line[0];
  return first !== undefined && result.hints.includes(first) ? first : result.hints[0]!;
}

/** Shows the next step of the hint for the current board; each step counts as a hint used. */
function revealHint(ctx: StoreContext, result: SolveResult): void {
  const { game, session } = ctx.get();
  if (result.distance === 0) return tell(ctx, { kind: 'already-solved', asked: 'hint' });
  if (session.hintStage === 2) return tell(ctx, { kind: 'hint-waiting' });
  // The second press shows where the pebble of the first goes.
  const second = session.hintStage === 1 && session.hintMove !== null;
  const from = second ? session.hintMove! : hintedMove(result);
  const stage = second ? 2 : 1;
  ctx.update((s) => ({
    game: { hintsUsed: s.game.hintsUsed + 1 },
    session: {
      hintStage: stage,
      hintMove: from,
      focus: second ? s.session.focus : from,
      ...showing(s.session, { kind: 'hint', stage, from, to: holeOf(game.board) }),
    },
  }));
}

/** Makes the next move of the solution, then waits a moment (or for the solver) before the next. */
function step(ctx: StoreContext): void {
  const { game, session } = ctx.get();
  if (!session.playing) return;
  const analysis = ctx.jobs.known(game.board);
  if (!analysis) {
    waitFor(ctx, 'solution', () => {
      if (ctx.get().session.playing) ctx.jobs.after(0, () => step(ctx));
    });
    return;
  }
  const move = analysis.line[0];
  if (analysis.distance === 0 || move === undefined || !makeMove(ctx, move) || ctx.get().game.result) {
    // On a win the win panel speaks; "Playing the solution…" must not outlive the playing.
    ctx.update((s) => ({ session: { playing: false, ...(s.game.result ? { notice: null } : {}) } }));
    return;
  }
  ctx.jobs.after(ctx.solutionDelayMs, () => step(ctx));
}

type HintActions = Pick<GameActions, 'pressHint' | 'playSolution' | 'stopSolution'>;

export function hintActions(ctx: StoreContext): HintActions {
  return {
    pressHint() {
      const { game, answers, session } = ctx.get();
      // While the solution plays, its moves are the help on show (the button is disabled too).
      if (session.loading || answers.waiting || session.playing) return;
      if (game.result) return tell(ctx, { kind: 'already-solved', asked: 'hint' });
      const known = ctx.jobs.known(game.board);
      if (known) revealHint(ctx, known);
      else waitFor(ctx, 'hint', (result) => revealHint(ctx, result));
    },
    playSolution() {
      const { game, session } = ctx.get();
      if (session.loading || session.playing || game.result) return;
      if (isSolved(game.board)) return tell(ctx, { kind: 'already-solved', asked: 'solution' });
      ctx.update((s) => ({
        game: { solutionShown: true },
        session: { playing: true, ...showing(s.session, { kind: 'solution-playing' }) },
      }));
      step(ctx);
    },
    stopSolution() {
      ctx.jobs.cancel('timer');
      const { answers, session } = ctx.get();
      if (answers.waiting === 'solution') ctx.update({ answers: { waiting: null } });
      if (!session.playing) return;
      tell(ctx, { kind: 'solution-stopped' }, { playing: false });
    },
  };
}
