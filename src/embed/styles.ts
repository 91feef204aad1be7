/**
 * The element's own styles (element.css: the boundary against the host page, sizing, the error
 * box), adopted on its shadow root with the UI's adoptCss, so they work under a strict CSP (no
 * inline <style>). The game's own styles are a linked stylesheet. The build minifies this sheet.
 */
import { adoptCss } from '../ui/styles';
import CSS from './element.css?inline';

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
