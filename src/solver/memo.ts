/**
 * The transposition table: proven lower bounds on the distance to solved, keyed by a board's
 * pebbles and tagged with its layout, so that entries of several layouts (a board's reverse and
 * its children's reverses) live side by side. Fixed size and always-replace, so memory never
 * grows; emptied in O(1) by a generation stamp. Stores only what a finished search proved.
 * No imports.
 */

/** Set in a stored value when it is a board's exact distance, not only a lower bound. */
export const EXACT = 128;
const MAX_BOUND = EXACT - 1;

/** A fixed-size table of proven lower bounds. */
export class Memo {
  private readonly mask: number;
  private readonly keyLo: Int32Array;
  private readonly keyHi: Int32Array;
  private readonly tag: Int32Array;
  private readonly value: Uint8Array;
  private readonly stamp: Uint16Array;
  private generation = 1;
  /** Tags handed out since the last clear: small numbers in order of first use, so that the memo behaves the same whatever ran before. */
  private readonly tags = new Map<object, number>();

  constructor(bits = 15) {
    const size = 1 << bits;
    this.mask = size - 1;
    this.keyLo = new Int32Array(size);
    this.keyHi = new Int32Array(size);
    this.tag = new Int32Array(size);
    this.value = new Uint8Array(size);
    this.stamp = new Uint16Array(size);
  }

  /** The tag of a layout (any object that stands for one) until the next clear: never 0. */
  tagOf(layout: object): number {
    let tag = this.tags.get(layout);
    if (tag === undefined) {
      tag = this.tags.size + 1;
      this.tags.set(layout, tag);
    }
    return tag;
  }

  /** Forgets everything, tags included. */
  clear(): void {
    this.tags.clear();
    if (++this.generation === 0x10000) {
      this.stamp.fill(0);
      this.generation = 1;
    }
  }

  private slot(lo: number, hi: number, tag: number): number {
    const h = Math.imul(lo ^ Math.imul(hi ^ tag, 0x9e3779b1), 0x85ebca6b);
    return (h ^ (h >>> 15)) & this.mask;
  }

  /**
   * The proven lower bound for a board of the layout tagged `tag` (see tagOf), or 0
   * when none is stored; with the EXACT bit set when it is the board's exact distance.
   */
  get(lo: number, hi: number, tag: number): number {
    const i = this.slot(lo, hi, tag);
    return this.stamp[i] === this.generation && this.tag[i] === tag && this.keyLo[i] === lo && this.keyHi[i] === hi ? this.value[i]! : 0;
  }

  /** Records that the board needs at least `bound` moves; an exact distance stored for it stays. */
  set(lo: number, hi: number, tag: number, bound: number): void {
    const i = this.slot(lo, hi, tag);
    if (this.value[i]! >= EXACT && this.stamp[i] === this.generation && this.tag[i] === tag && this.keyLo[i] === lo && this.keyHi[i] === hi)
      return;
    this.keyLo[i] = lo;
    this.keyHi[i] = hi;
    this.tag[i] = tag;
    this.stamp[i] = this.generation;
    this.value[i] = bound > MAX_BOUND ? MAX_BOUND : bound;
  }

  /** Records that the board needs exactly `distance` moves (read back as `distance | EXACT`). */
  setExact(lo: number, hi: number, tag: number, distance: number): void {
    const i = this.slot(lo, hi, tag);
    this.keyLo[i] = lo;
    this.keyHi[i] = hi;
    this.tag[i] = tag;
    this.stamp[i] = this.generation;
    this.value[i] = EXACT | distance;
  }
}
