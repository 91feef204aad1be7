/**
 * The budget check's reading of a module graph: the first load is the loaded chunks and their
 * static imports, never lazy ones; solver modules in it are reported, and so is a graph that
 * would prove nothing (no entry module, no solver in the worker).
 */
import { describe, expect, it } from 'vitest';
import type { GraphChunk, ModuleGraph } from '../../scripts/budget/first-load.mjs';
import { firstLoadProblems, modulesOf, staticClosure, workerProblems } from '../../scripts/budget/first-load.mjs';

const chunk = (file: string, modules: string[], imports: string[] = [], dynamicImports: string[] = []): GraphChunk => ({
  file,
  entry: file === 'index.js',
  dynamicEntry: file !== 'index.js',
  imports,
  dynamicImports,
  modules,
});

const graph: ModuleGraph = {
  name: 'app',
  chunks: [
    chunk('index.js', ['src/app/main.tsx', 'src/ui/Game.tsx'], ['shared.js'], ['lazy.js']),
    chunk('shared.js', ['node_modules/react/index.js']),
    chunk('lazy.js', ['src/ui/app/EditorPanel.tsx', 'src/solver/solve.ts'], ['shared.js']),
  ],
};

describe('the first load', () => {
  it('is the loaded chunk and its static imports, not its lazy ones', () => {
    const files = staticClosure(graph, ['index.js']).map((c) => c.file);
    expect(files.sort()).toEqual(['index.js', 'shared.js']);
    expect(modulesOf(staticClosure(graph, ['index.js']))).not.toContain('src/solver/solve.ts');
  });

  it('refuses a loaded file that is no chunk of the build', () => {
    expect(() => staticClosure(graph, ['missing.js'])).toThrow(/missing\.js is loaded but is no chunk/);
  });

  it('passes a first load with its entry and without the solver', () => {
    expect(firstLoadProblems('app', modulesOf(staticClosure(graph, ['index.js'])), 'src/app/main.tsx')).toEqual([]);
  });

  it('reports solver modules that a static import pulled in', () => {
    const leaky: ModuleGraph = {
      ...graph,
      chunks: graph.chunks.map((c) => (c.file === 'index.js' ? { ...c, imports: ['shared.js', 'lazy.js'] } : c)),
    };
    const problems = firstLoadProblems('app', modulesOf(staticClosure(leaky, ['index.js'])), 'src/app/main.tsx');
    expect(problems).toEqual([expect.stringMatching(/solver modules \(src\/solver\/solve\.ts\)/)]);
  });

  it('reports leaderboard modules in the first load, all but the context that hands them over', () => {
    const modules = ['src/app/main.tsx', 'src/ui/online/context.ts', 'src/ui/online/SubmitScore.tsx', 'src/online/client.ts'];
    expect(firstLoadProblems('app', modules, 'src/app/main.tsx')).toEqual([
      expect.stringMatching(/leaderboard modules \(src\/ui\/online\/SubmitScore\.tsx, src\/online\/client\.ts\)/),
    ]);
    expect(firstLoadProblems('app', ['src/app/main.tsx', 'src/ui/online/context.ts'], 'src/app/main.tsx')).toEqual([]);
  });

  it('reports a first load without its entry module, which would prove nothing', () => {
    expect(firstLoadProblems('embed.js', ['src/ui/Game.tsx'], 'src/embed/entry.ts')).toEqual([
      expect.stringMatching(/does not hold its entry/),
    ]);
  });

  it('insists the worker holds the solver', () => {
    expect(workerProblems('worker', { name: 'w', chunks: [chunk('w.js', ['src/worker/api.ts', 'src/solver/solve.ts'])] })).toEqual([]);
    expect(workerProblems('worker', { name: 'w', chunks: [chunk('w.js', ['src/worker/api.ts'])] })).toHaveLength(1);
  });
});
