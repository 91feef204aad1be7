/**
 * The type declarations site owners get (dist/tripebble-board.d.ts and -react.d.ts) compile on
 * their own, with nothing but TypeScript's DOM library and React 19's types, and describe the
 * element as it is used: createElement and querySelector know it, its properties and events are
 * typed, misuse is an error, and JSX in React 19 takes its attributes and events.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const embed = join(root, 'src/embed');

const DOM_USE = `
import type { TripebbleHint } from './tripebble-board';
const board = document.createElement('tripebble-board');
const found: HTMLElement | null = document.querySelector('tripebble-board');
board.plates = 'WCBRBOGYGPCORPY';
board.pebbles = null;
board.level = 3;
board.daily = true;
board.daily = '2026-11-22';
board.theme = 'dark';
const moves: number = board.moves;
const par: number | null = board.par;
const day: string | null = board.daily;
const moved: boolean = board.move(3);
board.undo(); board.redo(); board.restart();
board.hint().then((hint: TripebbleHint | null) => hint?.from);
board.addEventListener('solved', (event) => { const n: number = event.detail.moves + event.detail.par; });
board.addEventListener('move', (event) => event.detail.move);
board.addEventListener('error', (event) => event.detail.message.length);
board.addEventListener('click', (event) => event.clientX);
// @ts-expect-error moves are read only
board.moves = 3;
// @ts-expect-error no such theme
board.theme = 'neon';
// @ts-expect-error a level is a number
board.level = 'three';
// @ts-expect-error a move event's detail has no message
board.addEventListener('move', (event) => event.detail.message);
export { found, moves, par, day, moved };
`;

const REACT_USE = `
import type { TripebbleBoardElement } from './tripebble-board';
import './tripebble-board-react';
import { useRef } from 'react';
export function Page() {
  const ref = useRef<TripebbleBoardElement>(null);
  return (
    <>
      <tripebble-board ref={ref} plates="WCBRBOGYGPCORPY" pebbles="-PCBRYOGYGBCORP" controls="hint undo" theme="dark"
        onsolved={(event) => console.log(event.detail.par)} onmove={(event) => event.detail.moves} className="puzzle" />
      <tripebble-board level={3} hints="off" daily={false} label="Puzzle of the week" onerror={(event) => event.detail.message} />
      {/* @ts-expect-error no such theme */}
      <tripebble-board theme="neon" />
      {/* @ts-expect-error no such attribute */}
      <tripebble-board platez="x" />
    </>
  );
}
`;

const MISUSE = `/// <reference path="./tripebble-board.d.ts" />
document.createElement('tripebble-board').hint(3);
`;

interface Checked {
  /** The errors, by usage file. */
  readonly errors: Record<string, string[]>;
  /** Every file the program read, from the project's root. */
  readonly read: string[];
}

/** Type-checks the usage files as if they sat next to the declarations, in one program. */
function check(files: Record<string, string>): Checked {
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    jsx: ts.JsxEmit.ReactJSX,
    types: [],
    // TypeScript's own lib files are trusted; the declarations under test are checked.
    skipDefaultLibCheck: true,
  };
  const host = ts.createCompilerHost(options);
  const virtual = new Map(Object.entries(files).map(([name, text]) => [join(embed, name), text]));
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language) =>
    virtual.has(name) ? ts.createSourceFile(name, virtual.get(name)!, language) : getSourceFile(name, language);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => virtual.has(name) || fileExists(name);
  const program = ts.createProgram([...virtual.keys()], options, host);
  const errors: Record<string, string[]> = Object.fromEntries(Object.keys(files).map((name) => [name, []]));
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const file = d.file ? d.file.fileName.slice(embed.length + 1) : 'options';
    (errors[file] ??= []).push(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  }
  return { errors, read: program.getSourceFiles().map((f) => f.fileName.slice(root.length + 1)) };
}

let checked: Checked;
beforeAll(() => {
  checked = check({ 'usage.ts': DOM_USE, 'usage.tsx': REACT_USE, 'misuse.ts': MISUSE });
}, 60_000);

describe('the declarations for site owners', () => {
  it('stand alone: the DOM one imports nothing, the React one only React and the DOM one', () => {
    const imports = (file: string) => [
      ...new Set(ts.preProcessFile(readFileSync(join(embed, file), 'utf8')).importedFiles.map((f) => f.fileName)),
    ];
    expect(imports('tripebble-board.d.ts')).toEqual([]);
    expect(imports('tripebble-board-react.d.ts')).toEqual(['react', './tripebble-board']);
    expect(checked.read.filter((file) => !/^node_modules\/(typescript\/lib|@types\/react|csstype)\//.test(file))).toEqual([
      'src/embed/tripebble-board.d.ts',
      'src/embed/usage.ts',
      'src/embed/tripebble-board-react.d.ts',
      'src/embed/usage.tsx',
      'src/embed/misuse.ts',
    ]);
    expect(checked.errors.options ?? []).toEqual([]);
  });

  it('type the element in the DOM: createElement, properties, methods and events', () => {
    expect(checked.errors['usage.ts']).toEqual([]);
    expect(checked.errors['tripebble-board.d.ts'] ?? []).toEqual([]);
  });

  it('type it in React 19 JSX, with its events by their own names', () => {
    expect(checked.errors['usage.tsx']).toEqual([]);
    expect(checked.errors['tripebble-board-react.d.ts'] ?? []).toEqual([]);
  });

  it('catch a misuse (the check can fail)', () => {
    expect(checked.errors['misuse.ts']).toEqual([expect.stringMatching(/Expected 0 arguments, but got 1/)]);
  });
});
