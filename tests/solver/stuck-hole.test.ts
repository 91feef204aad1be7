/**
 * The stuck-hole and zero-waste terms of the bound (src/solver/stuck-hole.ts, zero-waste.ts)
 * against brute force: whenever either says no solution of an assignment can spend exactly its
 * count, no sequence of that many moves realises it; the stuck-hole test agrees with its
 * definition computed from scratch, and the zero-waste search proves more than it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Board } from '../../src/engine';
import { HOLE, MOVE_TABLE, SIZE, createRandom, lineDistance, randomPlates, spareColour } from '../../src/engine';
import type { Random } from '../../src/engine';
import { mayWasteNothing } from '../../src/solver/stuck-hole';
import { deadlockOf, foundSequence, mustWaste, zeroWasteLine } from '../../src/solver/zero-waste';
import { countOf, mayWasteNothing as byDefinition } from '../support/assignments';
import { LAYOUTS } from '../support/layouts';

/** A board `steps` random moves from the solved board of a layout with its spare plate at `spare`. */
function nearSolved(random: Random, plates: string, spare: number, steps: number): Board {
  const cells = [...plates];
  cells[spare] = HOLE;
  let hole = spare;
  for (let i = 0; i < steps; i++) {
    const from = MOVE_TABLE[hole]![random.int(MOVE_TABLE[hole]!.length)]!;
    cells[hole] = cells[from]!;
    cells[from] = HOLE;
    hole = from;
  }
  return { plates, pebbles: cells.join('') };
}

/** A random assignment of a board: every pebble (and the hole) to a plate of its colour. */
function randomAssignment(random: Random, board: Board): number[] {
  const odd = spareColour(board);
  const targets = new Array<number>(SIZE).fill(-1);
  for (const colour of new Set(board.plates)) {
    const items = [...Array(SIZE).keys()].filter((p) => (board.pebbles[p] === HOLE ? odd : board.pebbles[p]) === colour);
    const plates = random.shuffle([...Array(SIZE).keys()].filter((p) => board.plates[p] === colour));
    items.forEach((p, i) => (targets[p] = plates[i]!));
  }
  return targets;
}

/** The parity a solution of the assignment has: 15 minus its number of cycles. */
function parityOf(targets: readonly number[]): number {
  const seen = new Array<boolean>(SIZE).fill(false);
  let cycles = 0;
  for (let start = 0; start < SIZE; start++) {
    if (seen[start]) continue;
    cycles++;
    for (let p = start; !seen[p]; p = targets[p]!) seen[p] = true;
  }
  return (SIZE - cycles) & 1;
}

/** The masks the solver passes: positions one and two lines from their targets, and those on closed cycles. */
function masksOf(targets: readonly number[], hole: number): { oneAway: number; twoAway: number; closed: number } {
  let oneAway = 0;
  let twoAway = 0;
  for (let p = 0; p < SIZE; p++) {
    const lines = lineDistance(p, targets[p]!);
    if (lines === 1) oneAway |= 1 << p;
    if (lines === 2) twoAway |= 1 << p;
  }
  let closed = 0;
  const seen = new Array<boolean>(SIZE).fill(false);
  for (let start = 0; start < SIZE; start++) {
    if (seen[start] || targets[start] === start) continue;
    let cycle = 0;
    let all = true;
    for (let p = start; !seen[p]; p = targets[p]!) {
      seen[p] = true;
      cycle |= 1 << p;
      if (p === hole || lineDistance(p, targets[p]!) !== 1) all = false;
    }
    if (all) closed |= cycle;
  }
  return { oneAway, twoAway, closed };
}

/**
 * Whether some sequence of exactly `moves` moves takes every item to its target (the hole
 * included): depth first over every legal move, cut only where the pebbles' line distances
 * alone exceed the moves left, and boards already refuted with as many moves left.
 */
function realisable(targets: number[], hole: number, moves: number, refuted: Set<string>): boolean {
  let lines = 0;
  for (let p = 0; p < SIZE; p++) if (p !== hole) lines += lineDistance(p, targets[p]!);
  if (lines > moves) return false;
  if (moves === 0) return true;
  const key = `${targets.join(',')}/${hole}/${moves}`;
  if (refuted.has(key)) return false;
  for (const from of MOVE_TABLE[hole]!) {
    [targets[hole], targets[from]] = [targets[from]!, targets[hole]!];
    const found = realisable(targets, from, moves - 1, refuted);
    [targets[hole], targets[from]] = [targets[from]!, targets[hole]!];
    if (found) return true;
  }
  refuted.add(key);
  return false;
}

/**
 * Whether the line the zero-waste search reports for an assignment it found a sequence for is
 * one: `count` legal moves after which every item (the hole's too) is on its target.
 */
function realises(targets: readonly number[], hole: number, count: number): boolean {
  const line: number[] = [];
  if (!zeroWasteLine(Int8Array.from(targets), hole, line) || line.length !== count) return false;
  const aim = [...targets];
  let at = hole;
  for (const from of line) {
    if (!MOVE_TABLE[at]!.includes(from)) return false;
    const holeTarget = aim[at]!;
    aim[at] = aim[from]!;
    aim[from] = holeTarget;
    at = from;
  }
  return aim.every((target, p) => target === p);
}

describe('the stuck-hole and zero-waste terms', () => {
  const layouts: [string, number][] = [
    ...LAYOUTS.map(([plates, spare]): [string, number] => [plates, spare]),
    ...Array.from({ length: 8 }, (_, i): [string, number] => {
      const plates = randomPlates(createRandom(`stuck-layout-${i}`));
      return [plates, plates.indexOf('W')];
    }),
  ];

  const tally = { stuck: 0, proven: 0, deadlocked: 0 };
  afterAll(() => {
    // Over all layouts, each term proves something the other does not, and the deadlock test
    // inside the zero-waste search refutes some assignments on its own.
    expect(tally.stuck).toBeGreaterThan(10);
    expect(tally.proven).toBeGreaterThan(10);
    expect(tally.deadlocked).toBeGreaterThan(10);
  });

  it.each(layouts)('add two only to assignments no sequence of their count of moves realises: %s (%s)', (plates, spare) => {
    const random = createRandom(`stuck-${plates}-${spare}`);
    let stuck = 0;
    let proven = 0;
    let free = 0;
    let found = 0;
    for (let i = 0; i < 400; i++) {
      const board = nearSolved(random, plates, spare, random.int(13));
      const targets = randomAssignment(random, board);
      const hole = board.pebbles.indexOf(HOLE);
      const count = countOf(targets, hole);
      if (count === 0 || (count & 1) !== parityOf(targets) || count > 14) continue;
      const { oneAway, twoAway, closed } = masksOf(targets, hole);
      const fast = mayWasteNothing(Int8Array.from(targets), hole, oneAway, twoAway, closed);
      expect(fast, `${board.pebbles} ${targets.join(',')}`).toBe(byDefinition(targets, hole));
      const deadlocked = deadlockOf(Int8Array.from(targets), hole);
      const searched = mustWaste(Int8Array.from(targets), hole);
      if (deadlocked) {
        expect(searched, `${board.pebbles} ${targets.join(',')}`).toBe(true);
        tally.deadlocked++;
      }
      if (!fast) expect(searched, `${board.pebbles} ${targets.join(',')}`).toBe(true);
      if (fast && !searched) {
        free++;
        if (foundSequence()) {
          found++;
          expect(realises(targets, hole, count), `${board.pebbles} ${targets.join(',')}`).toBe(true);
        }
        continue;
      }
      if (fast) proven++;
      else stuck++;
      expect(realisable([...targets], hole, count, new Set()), `${board.pebbles} ${targets.join(',')}`).toBe(false);
    }
    // Each term has something to prove on every layout, and neither is always the answer.
    expect(stuck + proven).toBeGreaterThan(0);
    expect(free).toBeGreaterThan(0);
    expect(found).toBeGreaterThan(0);
    tally.stuck += stuck;
    tally.proven += proven;
  });
});
