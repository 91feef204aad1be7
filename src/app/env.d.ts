/** The build-time settings the app reads (set in the environment of `npm run build`). */
interface ImportMetaEnv {
  /** The leaderboard API's address (`api/…` below it); the page's own origin when unset. */
  readonly VITE_TRIPEBBLE_API?: string;
}
