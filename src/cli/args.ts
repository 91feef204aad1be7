/**
 * Command-line arguments: turns argv into one command, or a usage error. Parsing only; no
 * engine or solver logic here.
 */

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

export type Parsed = { readonly ok: true; readonly command: Command } | { readonly ok: false; readonly error: string };

export const USAGE = `Usage:
  tripebble solve PLATES PEBBLES [--json]   exact distance, every optimal next move, one optimal line
  tripebble solve --jsonl                   solve JSON lines {"plates","pebbles"} from stdin
  tripebble generate --distance N [--seed S] [--plates PLATES] [--count K] [--json]
                                            boards that need exactly N moves
  tripebble serve [--port N] [--db FILE] …  the game and its leaderboards (see tripebble serve --help)
  tripebble help                            this text

Board codes (see RULES.md): PLATES is 15 colour letters, one per plate, numbered row by row
from the apex; PEBBLES is 15 letters with '-' for the hole, e.g.
  tripebble solve WCBRBOGYGPCORPY -PCBRYOGYGBCORP
`;

const fail = (error: string): Parsed => ({ ok: false, error });

/** Splits argv into positional words and --options (with a value where the option takes one). */
function split(args: readonly string[], valued: readonly string[], flags: readonly string[]) {
  const words: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--') || arg === '--') {
      words.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (flags.includes(name) && inline === undefined) options.set(name, 'true');
    else if (valued.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) return { error: `option --${name} needs a value` };
      options.set(name, value);
    } else return { error: `unknown option ${arg}` };
  }
  return { words, options };
}

function wholeNumber(name: string, text: string, min: number): number | string {
  if (!/^\d+$/.test(text)) return `--${name} must be a whole number, got '${text}'`;
  const n = Number(text);
  return n < min ? `--${name} must be at least ${min}, got ${n}` : n;
}

/** Reads argv (without node and the script). */
export function parseArgs(argv: readonly string[]): Parsed {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') return { ok: true, command: { kind: 'help' } };
  if (name === 'solve') {
    const s = split(rest, [], ['json', 'jsonl']);
    if ('error' in s) return fail(s.error!);
    if (s.options.has('jsonl')) {
      if (s.words.length > 0 || s.options.has('json')) return fail('solve --jsonl reads boards from stdin and takes no other arguments');
      return { ok: true, command: { kind: 'solve-jsonl' } };
    }
    if (s.words.length !== 2)
      return fail(`solve needs two board codes, PLATES and PEBBLES (got ${s.words.length} argument${s.words.length === 1 ? '' : 's'})`);
    return { ok: true, command: { kind: 'solve', plates: s.words[0]!, pebbles: s.words[1]!, json: s.options.has('json') } };
  }
  if (name === 'generate') {
    const s = split(rest, ['distance', 'seed', 'plates', 'count'], ['json']);
    if ('error' in s) return fail(s.error!);
    if (s.words.length > 0) return fail(`generate takes no positional arguments (got '${s.words[0]}')`);
    const distanceText = s.options.get('distance');
    if (distanceText === undefined) return fail('generate needs --distance N');
    const distance = wholeNumber('distance', distanceText, 0);
    if (typeof distance === 'string') return fail(distance);
    const count = wholeNumber('count', s.options.get('count') ?? '1', 1);
    if (typeof count === 'string') return fail(count);
    const plates = s.options.get('plates');
    return {
      ok: true,
      command: {
        kind: 'generate',
        distance,
        seed: s.options.get('seed') ?? '1',
        count,
        json: s.options.has('json'),
        ...(plates === undefined ? {} : { plates }),
      },
    };
  }
  return fail(`unknown command '${name}'`);
}
