/**
 * The tripebble command line: `solve`, `solve --jsonl` and `generate`. Reads arguments and
 * streams, prints, and sets the exit status (0 fine, 1 invalid input or output that cannot be
 * written, 2 usage); a reader that goes away (`| head -1`) ends it quietly. All puzzle logic
 * comes from the engine and the solver.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Board, BoardError, CodeField } from '../engine';
import { describeBoardError, parseBoard } from '../engine';
import { GenerateError, generate, solve } from '../solver';
import type { Command } from './args';
import { parseCommand } from './args';
import { describeSolution } from './format';
import { USAGE, describeArgsError, describeOutputError } from './messages';

export interface Io {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
}

/** A code longer than this is refused by its length before anything else looks at it. */
const LONGEST_CODE = 64;
/** A JSON line longer than this is refused by its length (a board's line is about 50 characters). */
const LONGEST_LINE = 4096;

/**
 * Standard output that remembers the first write error: a closed pipe (EPIPE) or a full disk.
 * Writing stops after one; commands check `failed` to stop early.
 */
class Output {
  error: NodeJS.ErrnoException | null = null;

  constructor(private readonly stream: Writable) {
    stream.on('error', (error: NodeJS.ErrnoException) => (this.error ??= error));
  }

  get failed(): boolean {
    return this.error !== null;
  }

  write(text: string): void {
    if (this.error !== null) return;
    this.stream.write(text, (error) => {
      if (error) this.error ??= error;
    });
  }

  /** Waits until everything written so far has gone out, or failed. */
  flush(): Promise<void> {
    if (this.error !== null) return Promise.resolve();
    return new Promise((resolve) => this.stream.write('', () => resolve()));
  }
}

/** Runs the CLI for `argv` (without node and the script) and returns the exit status. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  // The server is loaded only when asked for, so `solve` and `generate` never load it.
  if (argv[0] === 'serve') {
    const { serveCommand } = await import('../server/serve');
    return serveCommand(argv.slice(1), { stdout: io.stdout, stderr: io.stderr, env: process.env });
  }
  io.stderr.on('error', () => undefined); // nowhere left to report to
  const out = new Output(io.stdout);
  const parsed = parseCommand(argv);
  let status: number;
  if (!parsed.ok) {
    io.stderr.write(`tripebble: ${describeArgsError(parsed.error)}\n\n${USAGE}`);
    status = 2;
  } else status = await run(parsed.value, out, io);
  await out.flush();
  if (out.error === null) return status;
  if (out.error.code === 'EPIPE') return 0; // the reader had what it wanted
  io.stderr.write(`tripebble: ${describeOutputError(out.error)}\n`);
  return 1;
}

async function run(command: Command, out: Output, io: Io): Promise<number> {
  switch (command.kind) {
    case 'help':
      out.write(USAGE);
      return 0;
    case 'solve':
      return solveOne(command.plates, command.pebbles, command.json, out, io);
    case 'solve-jsonl':
      return solveLines(out, io);
    case 'generate':
      return generateBoards(command, out, io);
  }
}

/** The board, or what is wrong with its codes; a code too long to be one is refused by its length alone. */
function readBoard(plates: unknown, pebbles: unknown): { board: Board } | { error: BoardError } {
  for (const [field, code] of [
    ['plates', plates],
    ['pebbles', pebbles],
  ] as [CodeField, unknown][]) {
    if (typeof code === 'string' && code.length > LONGEST_CODE) return { error: { code: 'length', field, length: code.length } };
  }
  const parsed = parseBoard(plates, pebbles);
  return parsed.ok ? { board: parsed.value } : { error: parsed.error };
}

function solveOne(plates: string, pebbles: string, json: boolean, out: Output, io: Io): number {
  const read = readBoard(plates, pebbles);
  if ('error' in read) {
    io.stderr.write(`tripebble: invalid board: ${describeBoardError(read.error)}\n`);
    return 1;
  }
  const result = solve(read.board);
  if (json) {
    const { distance, hints, line, nodes } = result;
    out.write(JSON.stringify({ plates, pebbles, distance, hints, line, nodes }) + '\n');
  } else out.write(describeSolution(read.board, result));
  return 0;
}

/** One answer line for one input line: the solve, or the reason the line was refused. */
function answerLine(text: string, lineNumber: number): { ok: boolean; json: string } {
  const refuse = (reason: string) => ({ ok: false, json: JSON.stringify({ error: `line ${lineNumber}: ${reason}` }) });
  if (text.length > LONGEST_LINE) return refuse(`too long (${text.length} characters; a board's line has about 50)`);
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return refuse('not valid JSON');
  }
  const record = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const read = readBoard(record['plates'], record['pebbles']);
  if ('error' in read) return refuse(describeBoardError(read.error));
  const started = performance.now();
  const { distance, hints } = solve(read.board);
  const ms = Math.round((performance.now() - started) * 1000) / 1000;
  const { plates, pebbles } = read.board;
  return { ok: true, json: JSON.stringify({ plates, pebbles, distance, hints, ms }) };
}

async function solveLines(out: Output, io: Io): Promise<number> {
  let invalid = 0;
  let lineNumber = 0;
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  for await (const raw of lines) {
    lineNumber++;
    const text = lineNumber === 1 && raw.startsWith('\uFEFF') ? raw.slice(1) : raw; // a byte-order mark
    if (text.trim() === '') continue;
    const answer = answerLine(text, lineNumber);
    if (!answer.ok) invalid++;
    out.write(answer.json + '\n');
    await out.flush();
    if (out.failed) break;
  }
  lines.close();
  if (out.failed) io.stdin.destroy(); // nobody reads the answers: stop reading the questions
  if (invalid > 0 && !out.failed) io.stderr.write(`tripebble: ${invalid} invalid line${invalid === 1 ? '' : 's'}\n`);
  return invalid > 0 ? 1 : 0;
}

async function generateBoards(command: Extract<Command, { kind: 'generate' }>, out: Output, io: Io): Promise<number> {
  for (let i = 0; i < command.count && !out.failed; i++) {
    if (i > 0) await out.flush(); // a reader gone after the first boards ends the work
    const seed = command.count === 1 ? command.seed : `${command.seed}/${i}`;
    try {
      const board = generate({ distance: command.distance, seed, ...(command.plates === undefined ? {} : { plates: command.plates }) });
      const { plates, pebbles } = board;
      out.write(command.json ? JSON.stringify({ plates, pebbles, distance: command.distance, seed }) + '\n' : `${plates} ${pebbles}\n`);
    } catch (error) {
      if (!(error instanceof GenerateError)) throw error;
      io.stderr.write(`tripebble: ${error.message}\n`);
      return 1;
    }
  }
  return 0;
}
