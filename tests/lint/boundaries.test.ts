// The architecture's one-way dependencies are enforced by ESLint (eslint.config.js). These cases
// prove the rules bite: each forbidden import below must be reported, each allowed one must not.
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

// ESLint loads its configuration, plugins and the TypeScript parser on its first file: that is
// setup, so it happens here rather than inside whichever case runs first.
beforeAll(() => eslint.lintText('export {};\n', { filePath: 'src/engine/x.ts' }));

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layer boundaries', () => {
  it.each([
    ['src/engine/x.ts', "import { createGameStore } from '../store';\nexport const x = createGameStore;\n", /boundaries/],
    ['src/engine/x.ts', "import { useState } from 'react';\nexport const x = useState;\n", /engine layer must not use/],
    ['src/solver/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", /solver layer must not use/],
    ['src/solver/x.ts', "import { wrap } from 'comlink';\nexport const x = wrap;\n", /solver layer must not use/],
    ['src/store/x.ts', "import { solve } from '../solver';\nexport const x = solve;\n", /boundaries/],
    ['src/store/x.ts', "import { createSolverClient } from '../worker/client';\nexport const x = createSolverClient;\n", /boundaries/],
    ['src/store/x.ts', "import { Game } from '../ui/Game';\nexport const x = Game;\n", /boundaries/],
    ['src/ui/x.ts', "import { solve } from '../solver';\nexport const x = solve;\n", /boundaries/],
    ['src/ui/x.ts', "import { createSolverClient } from '../worker/client';\nexport const x = createSolverClient;\n", /boundaries/],
    ['src/cli/x.ts', "import { createGameStore } from '../store';\nexport const x = createGameStore;\n", /boundaries/],
    ['src/cli/x.ts', "import { Game } from '../ui/Game';\nexport const x = Game;\n", /boundaries/],
    ['src/server/x.ts', "import { createGameStore } from '../store';\nexport const x = createGameStore;\n", /boundaries/],
    // The screens reach the leaderboards through the store's controller; the app's entry makes the client.
    ['src/ui/x.ts', "import { createOnlineClient } from '../online/client';\nexport const x = createOnlineClient;\n", /boundaries/],
  ])('refuses %s importing: %s', async (file, code, rule) => {
    expect((await problems(file, code)).join('\n')).toMatch(rule);
  });

  it.each([
    ['src/solver/x.ts', "import { SIZE } from '../engine';\nexport const x = SIZE;\n"],
    ['src/store/x.ts', "import type { SolveResult } from '../solver';\nexport type X = SolveResult;\n"],
    ['src/store/x.ts', "import type { SolverClient } from '../worker/client';\nexport type X = SolverClient;\n"],
    ['src/store/x.ts', "import { createStore } from 'zustand/vanilla';\nexport const x = createStore;\n"],
    ['src/ui/x.tsx', "import { useState } from 'react';\nimport { readLink } from '../store';\nexport const x = [useState, readLink];\n"],
    ['src/cli/x.ts', "import { solve } from '../solver';\nimport { stdout } from 'node:process';\nexport const x = [solve, stdout];\n"],
    ['src/app/x.ts', "import { createOnlineClient } from '../online/client';\nexport const x = createOnlineClient;\n"],
  ])('allows %s importing: %s', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});
