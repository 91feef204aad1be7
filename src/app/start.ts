/**
 * How the app opens: on the board, level or daily board its address names (as a return to it:
 * its saved game as it was); with no board named, on the latest game left unfinished, else the
 * first level not solved yet (store/saved reads that, loaded for this case only). A link that
 * cannot be opened, or a level that does not exist, says so over that fallback. App policy
 * only; the embed shows what its page asks for.
 */
import type { MountOptions } from '../embed/mount';
import { LEVELS, dailySeed } from '../levels';
import type { LinkTarget, Notice, StorageLike } from '../store';
import { readLink } from '../store';

/** Mount options for a link's board; null when it names none the app can open. */
function optionsFor(target: LinkTarget): Partial<MountOptions> | null {
  switch (target.kind) {
    case 'board':
      return { board: target.board };
    case 'level':
      return LEVELS.some((l) => l.id === target.id) ? { level: target.id } : null;
    case 'daily':
      return { daily: target.day ?? true };
    case 'none':
      return null;
  }
}

/** What the app opens for the address `hash`, with the notice a refused link needs. */
export async function openingFor(hash: string, storage: StorageLike | null, now = new Date()): Promise<Partial<MountOptions>> {
  const link = readLink(hash, dailySeed(now));
  const asked = link.ok ? optionsFor(link.value) : null;
  if (asked) return asked;
  const notice: Notice | null = !link.ok
    ? { kind: 'link-invalid', error: link.error, fallback: true }
    : link.value.kind === 'level'
      ? { kind: 'no-such-level', id: link.value.id, count: LEVELS.length }
      : null;
  const { openingOf } = await import('../store/saved/load');
  const opening = openingOf(storage);
  return { ...('level' in opening ? { level: opening.level } : opening), ...(notice && { notice }) };
}
