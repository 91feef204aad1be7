/**
 * What each move of a game cost, from the exact distances of its positions: a move is optimal
 * when it brings the board one move nearer solved, and otherwise costs one or two extra moves
 * (moves are reversible, so one move changes the distance by at most one). Pure; no UI imports.
 */

/** Extra moves a move cost: 0 for an optimal move. */
export type MoveCost = 0 | 1 | 2;

/**
 * The cost of each move, from the distance of each position of the game (the start board
 * first, one more position per move); null for a move while a distance either side is unknown.
 */
export function moveCosts(distances: readonly (number | null)[]): (MoveCost | null)[] {
  return distances.slice(1).map((after, i) => {
    const before = distances[i];
    if (after === null || before === null || before === undefined) return null;
    const cost = after - before + 1;
    if (cost < 0 || cost > 2) throw new RangeError(`a move cannot change the distance from ${before} to ${after}`);
    return cost as MoveCost;
  });
}

/** The index of the first move that left an optimal path, or null when every known move was optimal. */
export function firstSlip(costs: readonly (MoveCost | null)[]): number | null {
  const i = costs.findIndex((cost) => cost !== null && cost > 0);
  return i < 0 ? null : i;
}
