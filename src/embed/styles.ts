/**
 * The element's own styles, adopted on its shadow root with the UI's adoptCss (no inline <style>,
 * for strict CSPs): `all: initial` on the host stops every inherited property of the page (font
 * size, line height, direction, colour, pointer-events…) at the shadow boundary, and the game sets
 * its own; the host's size rules still apply (they outrank :host): a width alone, or a width and a
 * height to fit in. The game's own styles are a stylesheet that each shadow root links
 * (embed-HASH.css beside embed.js): the board stays hidden until it has loaded (or failed to).
 */
import { adoptCss } from '../ui/styles';

const CSS = `
:host { all: initial; display: block; inline-size: 100%; max-inline-size: 100%; overflow: hidden; }
:host([hidden]) { display: none; }
.board, .error { all: initial; display: block; }
.board { block-size: 100%; }
link:not([data-ready]) ~ .board { visibility: hidden; }
.error {
  margin: 0; padding: 0.75em 1em; border: 2px solid #b3261e; border-radius: 8px;
  background: #fff4f2; color: #5c1410; font: 16px/1.4 system-ui, sans-serif; overflow-wrap: anywhere;
}
`;

/** Adopts the element's sheet on its shadow root; a DOM without constructable sheets (jsdom) goes unstyled. */
export function adoptStyles(root: ShadowRoot): void {
  adoptCss(root, CSS);
}

/** A link to the game's stylesheet that marks itself ready once loaded (or refused: the board then shows unstyled). */
export function stylesheetLink(href: string): HTMLLinkElement {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  link.onload = link.onerror = () => link.setAttribute('data-ready', '');
  return link;
}
