/** createWorkerFactory: same-origin workers start directly, cross-origin ones from a blob bootstrap. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWorkerFactory } from '../../src/embed/worker-url';
import { currentScriptUrl } from '../../src/embed/script-url';

class FakeWorker {
  static made: { url: string; options: WorkerOptions | undefined }[] = [];
  constructor(url: string | URL, options?: WorkerOptions) {
    FakeWorker.made.push({ url: String(url), options });
  }
}

/** jsdom's Blob has no text(); FileReader it has. */
function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

afterEach(() => {
  FakeWorker.made = [];
  vi.unstubAllGlobals();
});

describe('createWorkerFactory', () => {
  it('starts a same-origin worker from its own URL', () => {
    vi.stubGlobal('Worker', FakeWorker);
    createWorkerFactory(new URL('https://games.example/t/embed-worker-1.js'), 'https://games.example')();
    expect(FakeWorker.made).toEqual([{ url: 'https://games.example/t/embed-worker-1.js', options: { name: 'tripebble-solver' } }]);
  });

  it('starts a cross-origin worker from one blob that imports the real script', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const blobs: Blob[] = [];
    vi.stubGlobal(
      'URL',
      Object.assign(class extends URL {}, {
        createObjectURL: (blob: Blob) => {
          blobs.push(blob);
          return `blob:fake/${blobs.length}`;
        },
        revokeObjectURL: () => undefined,
      }),
    );
    const start = createWorkerFactory(new URL('https://cdn.example/t/embed-worker-1.js'), 'https://blog.example');
    start();
    start();
    expect(FakeWorker.made.map((w) => w.url)).toEqual(['blob:fake/1', 'blob:fake/1']);
    expect(blobs).toHaveLength(1);
    expect(await readBlob(blobs[0]!)).toBe('importScripts("https://cdn.example/t/embed-worker-1.js");');
  });
});

describe('currentScriptUrl', () => {
  it('finds the embed script by name when there is no current script', () => {
    document.head.innerHTML =
      '<script src="https://cdn.example/a/other.js"></script><script src="https://cdn.example/t/embed.js?v=2"></script>';
    expect(currentScriptUrl().href).toBe('https://cdn.example/t/embed.js?v=2');
    document.head.innerHTML = '';
  });
});
