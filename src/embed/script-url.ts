/**
 * Finds the URL embed.js was loaded from, so its worker can be found next to it. Must run while
 * the script first executes: document.currentScript is only set then (and never for modules).
 */
const EMBED_NAME = /(^|\/)embed(\.[\w-]+)?\.js([?#]|$)/;

export function currentScriptUrl(doc: Document = document): URL {
  const current = doc.currentScript;
  if (current instanceof HTMLScriptElement && current.src) return new URL(current.src);
  const scripts = [...doc.querySelectorAll<HTMLScriptElement>('script[src]')].reverse();
  const found = scripts.find((s) => EMBED_NAME.test(new URL(s.src, doc.baseURI).pathname));
  return new URL(found?.src ?? 'embed.js', doc.baseURI);
}
