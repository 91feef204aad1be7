/**
 * One result type for everything that can be refused: parsing board codes, embed attributes,
 * command-line arguments, saved data. Errors are data (a code and its facts); each front end
 * words them for its own readers. No imports.
 */

/** A value, or the reason there is none. */
export type Result<T, E> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

/** A successful result. */
export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/** A failed result. */
export function err<E>(error: E): { readonly ok: false; readonly error: E } {
  return { ok: false, error };
}
