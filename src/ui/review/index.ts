/**
 * The app's parts after a win, in one lazily loaded chunk: the share card with the review (under
 * the win panel) and the review alone (from the Levels list). Nothing here is needed to play.
 */
export { AfterWin } from './AfterWin';
export { ReviewPanel } from './ReviewPanel';
export { ShareCard } from './ShareCard';
import './review.css';
