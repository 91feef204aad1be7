/**
 * In place of a part of the app that could not be loaded (lazyPart): says so and offers a
 * reload; the rest of the app, the board included, goes on working.
 */
import { LOAD_FAILED } from '../messages';

export function LoadFailed() {
  return (
    <p className="tp-message tp-error" role="alert">
      <span>{LOAD_FAILED.text}</span>
      <button type="button" onClick={() => location.reload()}>
        {LOAD_FAILED.reload}
      </button>
    </p>
  );
}
