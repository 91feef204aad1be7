/**
 * What the server's solver pool and its threads say to each other. Types only.
 */

/** A board to measure, with the job's id. */
export interface ToThread {
  readonly id: number;
  readonly plates: string;
  readonly pebbles: string;
}

/** The thread is loaded and warm; or a job's par; or why a job failed. */
export type FromThread =
  { readonly ready: true } | { readonly id: number; readonly par: number } | { readonly id: number; readonly error: string };
