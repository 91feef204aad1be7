/**
 * How the app opens: on the board, level or daily board its address names (as a return to it:
 * its saved game as it was); with no board named, on the latest game left unfinished, else the
 * first level not solved yet (store/saved reads that, loaded for this case only, and only when
 * something is saved: a first visit opens level 1 without it). A link that
 * cannot be opened, or a level that does not exist, says so over that fallback. App policy
 * only; the embed shows what its page asks for.
 */
import type { MountOptions } from '../embed/mount';
import { LEVELS, dailySeed } from '../levels';
import type { Notice, StorageLike } from '../store';
import { FINISHED_KEY, LAST_KEY, ROOT_KEY, emptyStats, firstUnsolvedLevel, readLink } from '../store';

/**
 * Whether `storage` holds none of what store/saved's openingOf reads (settings and stats, the
 * finished games, the board played last): then a first visit opens the first level without
 * loading the saved-data reader before the board, which it would only tell the same.
 */
function nothingSaved(storage: StorageLike | null): boolean {
  try {
    return storage === null || [ROOT_KEY, FINISHED_KEY, LAST_KEY].every((key) => storage.getItem(key) === null);
  } catch {
    return false; // storage that throws: the reader knows how to say so
  }
}

/** What the app opens for the address `hash`, with the notice a refused link needs. */
export async function openingFor(hash: string, storage: StorageLike | null, now = new Date()): Promise<Partial<MountOptions>> {
  const link = readLink(hash, dailySeed(now));
  const target = link.ok ? link.value : null;
  if (target?.kind === 'board') return { board: target.board };
  if (target?.kind === 'daily') return { daily: target.day ?? true };
  const level = target?.kind === 'level' ? target.id : null;
  if (LEVELS.some((l) => l.id === level)) return { level: level! };
  const notice: Notice | null = !link.ok
    ? { kind: 'link-invalid', error: link.error, fallback: true }
    : level !== null
      ? { kind: 'no-such-level', id: level, count: LEVELS.length }
      : null;
  const opening = nothingSaved(storage)
    ? { level: firstUnsolvedLevel(emptyStats()) }
    : (await import('../store/saved/load')).openingOf(storage);
  return { ...('level' in opening ? { level: opening.level } : opening), ...(notice && { notice }) };
}
