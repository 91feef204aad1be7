/**
 * Command-line arguments: turns argv into one command, or an argument error as data (worded by
 * messages.ts). Options are read by node:util's parseArgs; `--` ends them. A word of capital
 * letters and '-' is a board code wherever it stands, so a pebbles code may begin with the hole.
 * Parsing only; no engine or solver logic here.
 */
import { parseArgs } from 'node:util';
import type { Result } from '../engine';
import { err, ok } from '../engine';

export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'solve'; readonly plates: string; readonly pebbles: string; readonly json: boolean }
  | { readonly kind: 'solve-jsonl' }
  | {
      readonly kind: 'generate';
      readonly distance: number;
      readonly seed: string;
      readonly plates?: string;
      readonly count: number;
      readonly json: boolean;
    };

/** What is wrong with the arguments. */
export type ArgsError =
  | { readonly code: 'unknown-command'; readonly name: string }
  | { readonly code: 'unknown-option'; readonly command: string; readonly option: string }
  | { readonly code: 'missing-value'; readonly option: string }
  | { readonly code: 'unexpected-value'; readonly option: string }
  | { readonly code: 'board-codes'; readonly count: number }
  | { readonly code: 'jsonl-alone' }
  | { readonly code: 'unexpected-argument'; readonly command: string; readonly word: string }
  | { readonly code: 'needs-distance' }
  | { readonly code: 'not-whole'; readonly option: string; readonly text: string }
  | { readonly code: 'too-small'; readonly option: string; readonly min: number; readonly value: number };

type OptionSpec = { readonly type: 'boolean' } | { readonly type: 'string' };

const OPTIONS: Record<'solve' | 'generate', Record<string, OptionSpec>> = {
  solve: { json: { type: 'boolean' }, jsonl: { type: 'boolean' }, help: { type: 'boolean' } },
  generate: {
    distance: { type: 'string' },
    seed: { type: 'string' },
    plates: { type: 'string' },
    count: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean' },
  },
};

/** A word that is a board code even though it begins with '-': capitals and '-', more than a short option. */
const CODE_LIKE = /^-(?=.*[A-Z])[^a-z]{2,}$/;

interface Read {
  readonly positionals: string[];
  readonly values: Map<string, string | true>;
}

/** Reads the options and positional words after the command name. */
function read(command: 'solve' | 'generate', args: readonly string[]): Result<Read, ArgsError> {
  const end = args.indexOf('--');
  const before = end < 0 ? args : args.slice(0, end);
  // Board codes that begin with '-' stand in as plain words, so parseArgs takes them as positionals.
  const standIns = before.map((arg, i) => (CODE_LIKE.test(arg) ? `code:${i}` : arg));
  const { tokens } = parseArgs({
    args: end < 0 ? standIns : [...standIns, ...args.slice(end)],
    options: OPTIONS[command],
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const spec = OPTIONS[command];
  const positionals: string[] = [];
  const values = new Map<string, string | true>();
  for (const token of tokens) {
    if (token.kind === 'positional') {
      positionals.push(token.index < before.length && standIns[token.index] !== before[token.index] ? before[token.index]! : token.value);
    } else if (token.kind === 'option') {
      const option = spec[token.name];
      if (option === undefined) return err({ code: 'unknown-option', command, option: token.rawName });
      if (option.type === 'boolean') {
        if (token.value !== undefined) return err({ code: 'unexpected-value', option: token.rawName });
        values.set(token.name, true);
      } else {
        const value = token.value;
        // `--distance --seed x` leaves --distance without a value rather than giving it "--seed".
        if (value === undefined || (!token.inlineValue && /^--[a-z]/.test(value)))
          return err({ code: 'missing-value', option: token.rawName });
        values.set(token.name, value);
      }
    }
  }
  return ok({ positionals, values });
}

function wholeNumber(option: string, text: string, min: number): Result<number, ArgsError> {
  if (!/^\d+$/.test(text)) return err({ code: 'not-whole', option, text });
  const value = Number(text);
  return value < min ? err({ code: 'too-small', option, min, value }) : ok(value);
}

function parseSolve(args: readonly string[]): Result<Command, ArgsError> {
  const parsed = read('solve', args);
  if (!parsed.ok) return parsed;
  const { positionals, values } = parsed.value;
  if (values.has('help')) return ok({ kind: 'help' });
  if (values.has('jsonl')) {
    if (positionals.length > 0 || values.has('json')) return err({ code: 'jsonl-alone' });
    return ok({ kind: 'solve-jsonl' });
  }
  if (positionals.length !== 2) return err({ code: 'board-codes', count: positionals.length });
  return ok({ kind: 'solve', plates: positionals[0]!, pebbles: positionals[1]!, json: values.has('json') });
}

function parseGenerate(args: readonly string[]): Result<Command, ArgsError> {
  const parsed = read('generate', args);
  if (!parsed.ok) return parsed;
  const { positionals, values } = parsed.value;
  if (values.has('help')) return ok({ kind: 'help' });
  if (positionals.length > 0) return err({ code: 'unexpected-argument', command: 'generate', word: positionals[0]! });
  const distanceText = values.get('distance');
  if (distanceText === undefined) return err({ code: 'needs-distance' });
  const distance = wholeNumber('--distance', distanceText as string, 0);
  if (!distance.ok) return distance;
  const count = wholeNumber('--count', (values.get('count') as string | undefined) ?? '1', 1);
  if (!count.ok) return count;
  const plates = values.get('plates') as string | undefined;
  return ok({
    kind: 'generate',
    distance: distance.value,
    seed: (values.get('seed') as string | undefined) ?? '1',
    count: count.value,
    json: values.has('json'),
    ...(plates === undefined ? {} : { plates }),
  });
}

/** Reads argv (without node and the script). */
export function parseCommand(argv: readonly string[]): Result<Command, ArgsError> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') return ok({ kind: 'help' });
  if (name === 'solve') return parseSolve(rest);
  if (name === 'generate') return parseGenerate(rest);
  return err({ code: 'unknown-command', name });
}
