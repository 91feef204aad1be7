/**
 * The tripebble command line: `solve`, `solve --jsonl` and `generate`. Reads arguments and
 * streams, prints, and sets the exit status (0 fine, 1 invalid input, 2 usage); all puzzle logic
 * comes from the engine and the solver.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { describeBoardError, parseBoard } from '../engine';
import { GenerateError, generate, solve } from '../solver';
import type { Command } from './args';
import { USAGE, parseArgs } from './args';
import { describeSolution } from './format';

export interface Io {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
}

/** Runs the CLI for `argv` (without node and the script) and returns the exit status. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  // The server is loaded only when asked for, so `solve` and `generate` never load it.
  if (argv[0] === 'serve') {
    const { serveCommand } = await import('../server/serve');
    return serveCommand(argv.slice(1), { stdout: io.stdout, stderr: io.stderr, env: process.env });
  }
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.stderr.write(`tripebble: ${parsed.error}\n\n${USAGE}`);
    return 2;
  }
  return run(parsed.command, io);
}

async function run(command: Command, io: Io): Promise<number> {
  switch (command.kind) {
    case 'help':
      io.stdout.write(USAGE);
      return 0;
    case 'solve':
      return solveOne(command.plates, command.pebbles, command.json, io);
    case 'solve-jsonl':
      return solveLines(io);
    case 'generate':
      return generateBoards(command, io);
  }
}

function solveOne(plates: string, pebbles: string, json: boolean, io: Io): number {
  const parsed = parseBoard(plates, pebbles);
  if (!parsed.ok) {
    io.stderr.write(`tripebble: invalid board: ${describeBoardError(parsed.error)}\n`);
    return 1;
  }
  const result = solve(parsed.value);
  if (json) {
    const { distance, hints, line, nodes } = result;
    io.stdout.write(JSON.stringify({ plates, pebbles, distance, hints, line, nodes }) + '\n');
  } else io.stdout.write(describeSolution(parsed.value, result));
  return 0;
}

/** One answer line for one input line: the solve, or the reason the line was refused. */
function answerLine(text: string, lineNumber: number): { ok: boolean; json: string } {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return { ok: false, json: JSON.stringify({ error: `line ${lineNumber}: not valid JSON` }) };
  }
  const record = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const parsed = parseBoard(record['plates'], record['pebbles']);
  if (!parsed.ok) return { ok: false, json: JSON.stringify({ error: `line ${lineNumber}: ${describeBoardError(parsed.error)}` }) };
  const started = performance.now();
  const { distance, hints } = solve(parsed.value);
  const ms = Math.round((performance.now() - started) * 1000) / 1000;
  const { plates, pebbles } = parsed.value;
  return { ok: true, json: JSON.stringify({ plates, pebbles, distance, hints, ms }) };
}

async function solveLines(io: Io): Promise<number> {
  let invalid = 0;
  let lineNumber = 0;
  for await (const text of createInterface({ input: io.stdin, crlfDelay: Infinity })) {
    lineNumber++;
    if (text.trim() === '') continue;
    const answer = answerLine(text, lineNumber);
    if (!answer.ok) invalid++;
    io.stdout.write(answer.json + '\n');
  }
  if (invalid > 0) io.stderr.write(`tripebble: ${invalid} invalid line${invalid === 1 ? '' : 's'}\n`);
  return invalid > 0 ? 1 : 0;
}

function generateBoards(command: Extract<Command, { kind: 'generate' }>, io: Io): number {
  for (let i = 0; i < command.count; i++) {
    const seed = command.count === 1 ? command.seed : `${command.seed}/${i}`;
    try {
      const board = generate({ distance: command.distance, seed, ...(command.plates === undefined ? {} : { plates: command.plates }) });
      const { plates, pebbles } = board;
      io.stdout.write(
        command.json ? JSON.stringify({ plates, pebbles, distance: command.distance, seed }) + '\n' : `${plates} ${pebbles}\n`,
      );
    } catch (error) {
      if (!(error instanceof GenerateError)) throw error;
      io.stderr.write(`tripebble: ${error.message}\n`);
      return 1;
    }
  }
  return 0;
}
