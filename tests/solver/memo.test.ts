import { describe, expect, it } from 'vitest';
import { EXACT, Memo } from '../../src/solver/memo';

describe('the memo', () => {
  it('keeps proven bounds per key and layout, and forgets them all on clear', () => {
    const memo = new Memo(4);
    memo.set(0x8000_0001 | 0, 7, 3, 12);
    expect(memo.get(0x8000_0001 | 0, 7, 3)).toBe(12);
    expect(memo.get(1, 7, 3)).toBe(0);
    expect(memo.get(0x8000_0001 | 0, 7, 4)).toBe(0); // another layout
    memo.clear();
    expect(memo.get(0x8000_0001 | 0, 7, 3)).toBe(0);
  });

  it('hands out tags in order of first use, afresh after each clear', () => {
    const memo = new Memo(4);
    const [a, b] = [{}, {}];
    expect([memo.tagOf(a), memo.tagOf(b), memo.tagOf(a)]).toEqual([1, 2, 1]);
    memo.clear();
    expect([memo.tagOf(b), memo.tagOf(a)]).toEqual([1, 2]);
  });

  it('keeps an exact distance against later lower bounds for the same board', () => {
    const memo = new Memo(4);
    memo.setExact(5, 6, 1, 9);
    memo.set(5, 6, 1, 4);
    expect(memo.get(5, 6, 1)).toBe(9 | EXACT);
  });

  it('never grows: a full table replaces entries', () => {
    const memo = new Memo(2);
    for (let i = 1; i <= 100; i++) memo.set(i, i, 1, 1 + (i % 50));
    let kept = 0;
    for (let i = 1; i <= 100; i++) if (memo.get(i, i, 1) !== 0) kept++;
    expect(kept).toBeLessThanOrEqual(4);
  });
});
