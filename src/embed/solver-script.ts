/**
 * Entry of embed-solver-HASH.js, the classic script embed.js loads for the page's shared solver:
 * it hands its module to the script element that loaded it (load-script.ts), leaving no global
 * behind. Built on its own as one classic script, like embed.js.
 */
import * as sharedSolver from './shared-solver';
import { handOver } from './load-script';

handOver(sharedSolver);
