/**
 * Days as links and stats write them ('YYYY-MM-DD'), read back into the local date that the
 * daily board is made from. Its own module so that boards that never read links do not carry
 * the link parser. No UI imports.
 */
import { dailySeed } from '../levels';

/**
 * The local date of a 'YYYY-MM-DD' day, or null when it is no such day (2026-02-30 included):
 * the daily board is made from local calendar fields (dailySeed, dailyDistance), so a day read
 * back through them must name the same day.
 */
export function dateOfDay(day: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const date = m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
  return date && dailySeed(date) === day ? date : null;
}
