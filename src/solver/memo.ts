/**
 * The transposition table: proven lower bounds on the distance to solved, keyed by the pebbles
 * of one layout. Fixed size and always-replace, so memory never grows; a generation stamp
 * empties it in O(1) when the layout changes. Stores only what a finished search proved.
 */

/** A fixed-size table of proven lower bounds for the boards of one layout. */
export class Memo {
  private readonly mask: number;
  private readonly keyLo: Uint32Array;
  private readonly keyHi: Uint32Array;
  private readonly value: Uint8Array;
  private readonly stamp: Uint16Array;
  private generation = 1;

  constructor(bits = 16) {
    const size = 1 << bits;
    this.mask = size - 1;
    this.keyLo = new Uint32Array(size);
    this.keyHi = new Uint32Array(size);
    this.value = new Uint8Array(size);
    this.stamp = new Uint16Array(size);
  }

  /** Forgets everything (the layout changed). */
  clear(): void {
    this.generation++;
    if (this.generation === 0x10000) {
      this.stamp.fill(0);
      this.generation = 1;
    }
  }

  private slot(lo: number, hi: number): number {
    const h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
    return (h ^ (h >>> 15)) & this.mask;
  }

  /** The proven lower bound for a board, or 0 when none is stored. */
  get(lo: number, hi: number): number {
    const i = this.slot(lo, hi);
    return this.stamp[i] === this.generation && this.keyLo[i] === lo >>> 0 && this.keyHi[i] === hi >>> 0 ? this.value[i]! : 0;
  }

  /** Records that the board needs at least `bound` moves. */
  set(lo: number, hi: number, bound: number): void {
    const i = this.slot(lo, hi);
    this.keyLo[i] = lo;
    this.keyHi[i] = hi;
    this.value[i] = bound > 255 ? 255 : bound;
    this.stamp[i] = this.generation;
  }
}
