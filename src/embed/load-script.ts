/**
 * Loads a part of embed.js that is not needed before the boards are on screen: a classic script
 * (no CORS needed, as for embed.js itself) that hands its module over to the <script> element
 * that loaded it, with an event, so nothing is left in the page's globals. The element is
 * removed again once the script ran.
 */

const HANDED_OVER = 'tripebble:module';

/** Called by the loaded script while it runs: passes `module` to its loader. */
export function handOver(module: object, doc: Document = document): void {
  doc.currentScript?.dispatchEvent(new CustomEvent(HANDED_OVER, { detail: module }));
}

/** Loads the classic script at `url` and resolves with the module it hands over, if `isModule` accepts it. */
export function loadScript<T>(url: string, isModule: (value: unknown) => value is T, doc: Document = document): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const script = doc.createElement('script');
    let module: T | null = null;
    script.addEventListener(HANDED_OVER, (event) => {
      const detail: unknown = event instanceof CustomEvent ? event.detail : null;
      if (isModule(detail)) module = detail;
    });
    script.addEventListener('load', () => {
      script.remove();
      if (module) resolve(module);
      else reject(new Error(`${url} did not hand over its module`));
    });
    script.addEventListener('error', () => {
      script.remove();
      reject(new Error(`${url} could not be loaded`));
    });
    script.async = true;
    script.src = url;
    doc.head.append(script);
  });
}
