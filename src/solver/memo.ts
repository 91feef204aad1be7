/**
 * The transposition table: proven lower bounds on the distance to solved, keyed by a board's
 * pebbles and tagged with its layout, so that entries of several layouts (a board's reverse and
 * its children's reverses) live side by side. Fixed size and always-replace, so memory never
 * grows. Stores only what a finished search proved.
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

  constructor(bits = 15) {
    const size = 1 << bits;
    this.mask = size - 1;
    this.keyLo = new Int32Array(size);
    this.keyHi = new Int32Array(size);
    this.tag = new Int32Array(size);
    this.value = new Uint8Array(size);
  }

  /** The layout epoch (layout.ts) whose tags the entries carry: set by the searchers that use it. */
  epoch = 0;

  /** Forgets everything. */
  clear(): void {
    this.tag.fill(0);
  }

  private slot(lo: number, hi: number, tag: number): number {
    const h = Math.imul(lo ^ Math.imul(hi ^ tag, 0x9e3779b1), 0x85ebca6b);
    return (h ^ (h >>> 15)) & this.mask;
  }

  /**
   * The proven lower bound for a board of the layout tagged `tag` (a layout id, never 0), or 0
   * when none is stored; with the EXACT bit set when it is the board's exact distance.
   */
  get(lo: number, hi: number, tag: number): number {
    const i = this.slot(lo, hi, tag);
    return this.tag[i] === tag && this.keyLo[i] === lo && this.keyHi[i] === hi ? this.value[i]! : 0;
  }

  /** Records that the board needs at least `bound` moves; an exact distance stored for it stays. */
  set(lo: number, hi: number, tag: number, bound: number): void {
    const i = this.slot(lo, hi, tag);
    if (this.value[i]! >= EXACT && this.tag[i] === tag && this.keyLo[i] === lo && this.keyHi[i] === hi) return;
    this.keyLo[i] = lo;
    this.keyHi[i] = hi;
    this.tag[i] = tag;
    this.value[i] = bound > MAX_BOUND ? MAX_BOUND : bound;
  }

  /** Records that the board needs exactly `distance` moves (read back as `distance | EXACT`). */
  setExact(lo: number, hi: number, tag: number, distance: number): void {
    const i = this.slot(lo, hi, tag);
    this.keyLo[i] = lo;
    this.keyHi[i] = hi;
    this.tag[i] = tag;
    this.value[i] = EXACT | distance;
  }
}
