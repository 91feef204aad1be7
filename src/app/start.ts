/**
 * How the app opens: on the board, level or daily board its address names (as a return to it:
 * its saved game as it was); with no board named, on the latest game left unfinished, else the
 * first level not solved yet (store/saved reads that, loaded for this case only). A link that
 * cannot be opened, or a level that does not exist, says so over that fallback. App policy
 * only; the embed shows what its page asks for.
 */
import type { MountOptions } from '../embed/mount';
import { LEVELS, dailySeed } from '../levels';
import type { Notice, StorageLike } from '../store';
import { readLink } from '../store';

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
  const { openingOf } = await import('../store/saved/load');
  const opening = openingOf(storage);
  return { ...('level' in opening ? { level: opening.level } : opening), ...(notice && { notice }) };
}
