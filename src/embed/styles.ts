/**
 * The element's own styles (sizing and the error box), adopted on its shadow root with the UI's
 * adoptCss, so they work under a strict CSP (no inline <style>). The game's styles are mount()'s
 * business.
 */
import { adoptCss } from '../ui/styles';

// Inherited properties (font, colour, pointer-events, …) cross the shadow boundary: `all: initial`
// stops the host page's values there, and the game sets its own. (A comment here, not in the
// sheet, so that embed.js does not carry it.)
const CSS = `
:host { display: block; inline-size: 100%; max-inline-size: 100%; container-type: inline-size; }
:host([hidden]) { display: none; }
.board, .error { all: initial; display: block; }
.board { inline-size: 100%; }
.error {
  margin: 0; padding: 0.75em 1em; border: 2px solid #b3261e; border-radius: 8px;
  background: #fff4f2; color: #5c1410; font: 1rem/1.4 system-ui, sans-serif; overflow-wrap: anywhere;
}
`;

/** Adopts the element's sheet on its shadow root; a DOM without constructable sheets (jsdom) goes unstyled. */
export function adoptStyles(root: ShadowRoot): void {
  adoptCss(root, CSS);
}
