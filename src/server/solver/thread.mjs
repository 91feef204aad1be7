// The solver thread's entry: loads its TypeScript through tsx, as bin/tripebble.mjs loads the
// CLI, so the same file runs under `tripebble serve` and under the tests, with no build step.
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const tsconfig = fileURLToPath(new URL('../../../tsconfig.json', import.meta.url));
await tsImport('./thread.ts', { parentURL: import.meta.url, tsconfig });
