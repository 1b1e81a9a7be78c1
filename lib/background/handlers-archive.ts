import type { ArchiveImport } from '@/lib/archive/to-events';
import { importArchive } from '@/lib/db/import-archive';
import type { Database } from '@/lib/db/open';
import { type Input, MessageError } from '@/lib/messages/protocol';
import type { ARCHIVE_MESSAGES } from '@/lib/messages/protocol-archive';
import { fault, quotaError } from './faults';
import { learnOwnDomains } from './learn-domains';
import type { Handlers } from './router';
import { isQuotaError } from './router';

export const ARCHIVE_DISK_FULL_MESSAGE =
  'Your disk is full, so the archive could not be saved. Nothing was imported (no partial data was kept). Free some disk space and import the archive again.';
export const ARCHIVE_INTERRUPTED_MESSAGE =
  'The import was interrupted (the extension restarted or another import replaced it). Nothing was imported; choose the archive again.';

type Totals = Input<'archive.import.begin'>['totals'];
interface Staged {
  data: ArchiveImport;
  totals: Totals;
  touchedAt: number;
}

/** Imports staged longer than this without a chunk are dropped (the page went away). */
const STALE_MS = 10 * 60_000;

/**
 * Answers to the archive import's messages (lib/messages/protocol-archive.ts). Chunks are staged in
 * memory under the import's id and written only by `commit`, in one transaction. If the background
 * restarts in between, the staged chunks are gone and `commit` says so: nothing is half-imported.
 */
export function createArchiveHandlers(
  getDb: () => Promise<Database>,
): Pick<Handlers, keyof typeof ARCHIVE_MESSAGES> {
  const staged = new Map<string, Staged>();
  const take = (importId: string) => {
    const entry = staged.get(importId);
    if (!entry) throw new MessageError('failed', ARCHIVE_INTERRUPTED_MESSAGE);
    entry.touchedAt = Date.now();
    return entry;
  };

  return {
    'archive.import.begin': async (input: Input<'archive.import.begin'>) => {
      const now = Date.now();
      for (const [id, entry] of staged) if (now - entry.touchedAt > STALE_MS) staged.delete(id);
      const importId = `imp_${now.toString(36)}_${Math.random().toString(36).slice(2, 10)}`;
      staged.set(importId, {
        touchedAt: now,
        totals: input.totals,
        data: {
          account: input.account,
          seenAt: input.seenAt,
          followers: [],
          following: [],
          handles: {},
          posts: [],
          interactions: [],
          likes: [],
          counts: input.counts,
        },
      });
      return { importId };
    },

    'archive.import.chunk': async (input: Input<'archive.import.chunk'>) => {
      const { data } = take(input.importId);
      let received = 0;
      const append = <T>(into: T[], items: T[] | undefined) => {
        if (!items) return;
        for (const item of items) into.push(item);
        received += items.length;
      };
      append(data.followers, input.followers);
      append(data.following, input.following);
      append(data.posts, input.posts);
      append(data.interactions, input.interactions);
      append(data.likes, input.likes);
      for (const [id, handle] of input.handles ?? []) data.handles[id] = handle;
      return { received };
    },

    'archive.import.commit': async ({ importId }: Input<'archive.import.commit'>) => {
      const { data, totals } = take(importId);
      staged.delete(importId);
      const got = {
        followers: data.followers.length,
        following: data.following.length,
        posts: data.posts.length,
        interactions: data.interactions.length,
        likes: data.likes.length,
      };
      const missing = (Object.keys(totals) as (keyof Totals)[]).filter((k) => got[k] !== totals[k]);
      if (missing.length)
        throw new MessageError(
          'failed',
          `The import was incomplete (${missing.join(', ')} did not all arrive). Nothing was imported; try again.`,
        );
      try {
        // The fault suite's full disk strikes after every write of the import was queued.
        const failMidway = await fault('quota-archive');
        const db = await getDb();
        const result = await importArchive(db, data, Date.now(), failMidway ? quotaError : undefined);
        // The archive's posts may show the sites you link to again and again.
        await learnOwnDomains(db, data.account.id).catch(() => {});
        return result;
      } catch (error) {
        if (isQuotaError(error) || isQuotaError((error as { cause?: unknown })?.cause))
          throw new MessageError('storage-full', ARCHIVE_DISK_FULL_MESSAGE);
        throw error;
      }
    },

    'archive.import.abort': async ({ importId }: Input<'archive.import.abort'>) => {
      staged.delete(importId);
      return {};
    },
  };
}
