/**
 * Entry of embed-solver-HASH.js, the classic script embed.js loads after its boards are on
 * screen (later.ts): the page's shared solver and the notices' words. It hands them to the
 * script element that loaded it (load-script.ts), leaving no global behind. Built on its own as
 * one classic script, like embed.js.
 */
import * as noticeWords from '../ui/messages/notices';
import { handOver } from './load-script';
import * as sharedSolver from './shared-solver';

handOver({ sharedSolver, noticeWords });
