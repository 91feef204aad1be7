/**
 * The first-run guide and the inside of "How to play", in one lazily loaded chunk: neither is
 * needed to show and play the first board.
 */
export { Guide } from './Guide';
export { HowToPlay } from './HowToPlay';
