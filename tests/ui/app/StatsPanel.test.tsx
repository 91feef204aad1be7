/** The stats panel: labels that say what they count, hints per game, and the moves-over-par chart with its text alternative. */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FINISHED_KEY, SAVE_VERSION, starsFor } from '../../../src/store';
import type { FinishedGame } from '../../../src/store';
import { GameProvider } from '../../../src/ui/GameContext';
import { StatsPanel } from '../../../src/ui/app/StatsPanel';
import { bars } from '../../../src/ui/app/OverParChart';
import { STATS_PANEL } from '../../../src/ui/messages/panels';
import { NEAR } from '../../support/boards';
import { memoryStorage } from '../../support/fakeSolver';
import { makeStore } from '../../support/store';

afterEach(cleanup);

const board = `${NEAR.plates}/${NEAR.pebbles}`;
let serial = 0;
function won(moves: number, hintsUsed = 0, solutionShown = false): FinishedGame {
  const facts = { moves, par: 3, hintsUsed, solutionShown };
  return { id: `g${++serial}`, board, date: '2026-11-20', ...facts, stars: starsFor(facts) };
}

function renderStats(games: FinishedGame[]) {
  const storage = memoryStorage();
  storage.setItem(FINISHED_KEY, JSON.stringify({ version: SAVE_VERSION, games }));
  const { store } = makeStore({ board: NEAR, storage });
  render(
    <GameProvider store={store}>
      <StatsPanel />
    </GameProvider>,
  );
}

const figure = (name: string): string => screen.getByText(name).nextElementSibling!.textContent!;

describe('the stats panel', () => {
  it('labels each number by what it counts, with hints per finished game', () => {
    renderStats([won(3), won(4, 1), won(9, 3), won(3, 0, true)]);
    expect(figure(STATS_PANEL.wins)).toBe('3');
    expect(figure(STATS_PANEL.hints)).toBe('4');
    expect(figure(STATS_PANEL.hintsPerGame)).toBe('1.0');
    expect(figure(STATS_PANEL.solved)).toBe('1');
    expect(figure(STATS_PANEL.perfect)).toBe('1');
  });

  it('draws wins by moves over par, with a table of the same numbers', () => {
    renderStats([won(3), won(3), won(4, 1), won(12), won(3, 0, true)]);
    const chart = screen.getByRole('figure', { name: /Your wins by moves over par/ });
    expect(chart.querySelectorAll('rect')).toHaveLength(6);
    const rows = within(within(chart).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual(['at par2', '+11', '+20', '+30', '+40', '+5 or more1']);
    expect(within(chart).getByText(/4 wins\./)).toBeInTheDocument();
  });

  it('says when there is nothing to draw yet', () => {
    renderStats([]);
    expect(screen.getByText(STATS_PANEL.noWins)).toBeInTheDocument();
    expect(bars({ 0: 1, 7: 2, 5: 1 })).toEqual([1, 0, 0, 0, 0, 3]);
  });
});
