/**
 * Applies the UI's CSS as constructable stylesheets on the root node of a mounted game (the
 * document or a shadow root), so it works inside shadow DOM and under a strict CSP with no
 * inline <style>. Environments without constructable sheets (jsdom) simply go unstyled.
 */
const sheets = new Map<string, CSSStyleSheet>();

function sheetFor(css: string): CSSStyleSheet {
  let sheet = sheets.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(css, sheet);
  }
  return sheet;
}

/** Adopts each CSS text once on the root node of `target`. */
export function adoptCss(target: Node, ...cssTexts: string[]): void {
  const root = target.getRootNode() as Document | ShadowRoot;
  if (!('adoptedStyleSheets' in root) || typeof CSSStyleSheet === 'undefined') return;
  if (typeof CSSStyleSheet.prototype.replaceSync !== 'function') return;
  const wanted = cssTexts.filter((css) => css !== '').map(sheetFor);
  const missing = wanted.filter((sheet) => !root.adoptedStyleSheets.includes(sheet));
  if (missing.length > 0) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...missing];
}
