/**
 * The element's own styles (element.css: sizing and the error box), adopted on its shadow root
 * with the UI's adoptCss, so they work under a strict CSP (no inline <style>). The game's styles
 * are mount()'s business. The build minifies the sheet it inlines.
 */
import { adoptCss } from '../ui/styles';
import CSS from './element.css?inline';

/** Adopts the element's sheet on its shadow root; a DOM without constructable sheets (jsdom) goes unstyled. */
export function adoptStyles(root: ShadowRoot): void {
  adoptCss(root, CSS);
}
