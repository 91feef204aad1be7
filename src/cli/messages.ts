/**
 * The command line's words: usage, and plain English for argument errors (args.ts) and output
 * failures. Whatever a user typed is shown short, so a pasted megabyte is never echoed back.
 */
import type { ArgsError } from './args';

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
'--' ends the options: whatever follows is a board code.
`;

/** The longest piece of user input a message repeats. */
const SHOWN = 40;

/** A word as a message shows it: quoted, and cut short (with its length) when long. */
export function shown(word: string): string {
  if (word.length <= SHOWN) return `'${word}'`;
  return `'${word.slice(0, SHOWN)}…' (${word.length} characters)`;
}

/** Plain English for an argument error. */
export function describeArgsError(error: ArgsError): string {
  switch (error.code) {
    case 'unknown-command':
      return `unknown command ${shown(error.name)}`;
    case 'unknown-option':
      return `unknown option ${shown(error.option)} for ${error.command}`;
    case 'missing-value':
      return `option ${error.option} needs a value`;
    case 'unexpected-value':
      return `option ${error.option} takes no value`;
    case 'board-codes':
      return `solve needs two board codes, PLATES and PEBBLES (got ${error.count} argument${error.count === 1 ? '' : 's'})`;
    case 'jsonl-alone':
      return 'solve --jsonl reads boards from stdin and takes no other arguments';
    case 'unexpected-argument':
      return `${error.command} takes no positional arguments (got ${shown(error.word)})`;
    case 'needs-distance':
      return 'generate needs --distance N';
    case 'not-whole':
      return `${error.option} must be a whole number, got ${shown(error.text)}`;
    case 'too-small':
      return `${error.option} must be at least ${error.min}, got ${error.value}`;
  }
}

/** One line for an output that cannot be written (a full disk, a closed file). */
export function describeOutputError(error: NodeJS.ErrnoException): string {
  const reason = error.code === 'ENOSPC' ? 'no space left on the device' : (error.code ?? error.message);
  return `cannot write the output: ${reason}`;
}
