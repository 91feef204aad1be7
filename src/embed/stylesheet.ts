/**
 * Entry of the embed's stylesheet build (scripts/build.mjs): the game's styles as their own file,
 * which every board's shadow root links, so that embed.js carries no CSS. No code.
 */
import '../ui/game.css';
import '../ui/board.css';
import '../ui/controls.css';
import '../ui/overlays.css';
