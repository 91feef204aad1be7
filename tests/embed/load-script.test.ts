/**
 * loadScript and handOver: how embed.js gets the page's shared solver from the classic script it
 * loads later. The browser's part (running the script) is played by a stand-in document; the
 * real thing runs in tests/e2e.
 */
import { describe, expect, it } from 'vitest';
import { handOver, loadScript } from '../../src/embed/load-script';

interface Shared {
  connect(): string;
}
const isShared = (value: unknown): value is Shared =>
  typeof value === 'object' && value !== null && 'connect' in value && typeof value.connect === 'function';

/** A document whose <script>s "run" when appended: they hand `module` over (unless undefined), then load or fail. */
function page(module: object | undefined, outcome: 'load' | 'error' = 'load') {
  const appended: HTMLScriptElement[] = [];
  const doc = {
    createElement: (tag: string) => document.createElement(tag),
    head: {
      append(script: HTMLScriptElement) {
        appended.push(script);
        document.head.append(script);
        queueMicrotask(() => {
          if (module && outcome === 'load') handOver(module, { currentScript: script } as unknown as Document);
          script.dispatchEvent(new Event(outcome));
        });
      },
    },
  } as unknown as Document;
  return { doc, appended };
}

describe('loadScript', () => {
  it('resolves with the module the script hands over, and removes its element', async () => {
    const shared: Shared = { connect: () => 'a client' };
    const { doc, appended } = page(shared);
    const loaded = await loadScript('https://cdn.example/t/embed-solver-1.js', isShared, doc);
    expect(loaded.connect()).toBe('a client');
    expect(appended[0]!.src).toBe('https://cdn.example/t/embed-solver-1.js');
    expect(appended[0]!.isConnected).toBe(false);
  });

  it('rejects when the script hands nothing over, or something else', async () => {
    await expect(loadScript('https://cdn.example/x.js', isShared, page(undefined).doc)).rejects.toThrow(/did not hand over its module/);
    await expect(loadScript('https://cdn.example/x.js', isShared, page({ connect: 3 }).doc)).rejects.toThrow(/did not hand over/);
  });

  it('rejects when the script cannot be loaded (blocked or missing)', async () => {
    const { doc, appended } = page({ connect: () => '' }, 'error');
    await expect(loadScript('https://cdn.example/gone.js', isShared, doc)).rejects.toThrow(
      'https://cdn.example/gone.js could not be loaded',
    );
    expect(appended[0]!.isConnected).toBe(false);
  });
});
