/**
 * The element's own styles (sizing and the error box), applied as a constructable stylesheet so
 * they work under a strict CSP (no inline <style>). The game's styles are mount()'s business.
 */
const CSS = `
:host { display: block; inline-size: 100%; max-inline-size: 100%; container-type: inline-size; }
:host([hidden]) { display: none; }
/* Inherited properties (font, colour, pointer-events, …) cross the shadow boundary: the host page's
   values stop here, and the game sets its own. */
.board, .error { all: initial; display: block; }
.board { inline-size: 100%; }
.error {
  margin: 0; padding: 0.75em 1em; border: 2px solid #b3261e; border-radius: 8px;
  background: #fff4f2; color: #5c1410; font: 1rem/1.4 system-ui, sans-serif; overflow-wrap: anywhere;
}
`;

let sheet: CSSStyleSheet | null = null;

/** Adopts the shared sheet; a DOM without constructable stylesheets (jsdom) just goes unstyled. */
export function adoptStyles(root: ShadowRoot): void {
  if (!('adoptedStyleSheets' in root) || typeof CSSStyleSheet.prototype.replaceSync !== 'function') return;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
