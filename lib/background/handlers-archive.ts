import { IMPORT_PARTS, storedFraction } from '@/lib/archive/chunks';
import {
  beginArchiveImport,
  finishArchiveImport,
  ImportGoneError,
  ImportIncompleteError,
  importArchiveChunk,
  interruptedImports,
} from '@/lib/db/import-archive';
import type { Database } from '@/lib/db/open';
import { type Input, MessageError } from '@/lib/messages/protocol';
import type { ARCHIVE_MESSAGES } from '@/lib/messages/protocol-archive';
import { fault, faultsPossible, quotaError } from './faults';
import { learnOwnDomains } from './learn-domains';
import type { Handlers } from './router';
import { isQuotaError } from './router';

export const ARCHIVE_DISK_FULL_MESSAGE = 'Your disk is full: free some disk space.';
export const ARCHIVE_INTERRUPTED_MESSAGE =
  'This import was replaced by another one, or its account was deleted. Choose the archive again.';

/** The import's id names its account: the journal lives on the account's row, found again after a restart. */
const newImportId = (account: string, now: number) =>
  `imp_${account}_${now.toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
const accountOf = (importId: string) => {
  const account = /^imp_(\d+)_/.exec(importId)?.[1];
  if (!account) throw new MessageError('failed', ARCHIVE_INTERRUPTED_MESSAGE, 'archive-interrupted');
  return account;
};

/**
 * Answers to the archive import's messages (lib/messages/protocol-archive.ts). Every chunk is
 * stored when it arrives, with the import's journal (lib/db/import-archive.ts): nothing is held in
 * the worker's memory, so a restart of the service worker between chunks loses nothing, and an
 * import cut short is reported by `status` and finished by sending the archive again.
 */
export function createArchiveHandlers(
  getDb: () => Promise<Database>,
): Pick<Handlers, keyof typeof ARCHIVE_MESSAGES> {
  const storing = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (isQuotaError(error) || isQuotaError((error as { cause?: unknown })?.cause))
        throw new MessageError('storage-full', ARCHIVE_DISK_FULL_MESSAGE, 'archive-disk-full');
      if (error instanceof ImportGoneError)
        throw new MessageError('failed', ARCHIVE_INTERRUPTED_MESSAGE, 'archive-interrupted');
      if (error instanceof ImportIncompleteError)
        throw new MessageError(
          'failed',
          `The import was incomplete (${error.parts.join(', ')} did not all arrive). What arrived is saved; choose the archive again to finish.`,
          'archive-incomplete',
        );
      throw error;
    }
  };

  /** The fault suite's full disk strikes once part of the archive is stored: mid-import. */
  const diskFillsNow = async (db: Database, account: string) => {
    if (!(await faultsPossible())) return false;
    const journals = (await db.get('accounts', account))?.archiveImports ?? [];
    const stored = journals.some((j) => storedFraction(j.totals, j.done) > 0);
    return stored && (await fault('quota-archive'));
  };

  return {
    'archive.import.begin': async (input: Input<'archive.import.begin'>) => {
      const now = Date.now();
      const importId = newImportId(input.account.id, now);
      const db = await getDb();
      await storing(() =>
        beginArchiveImport(
          db,
          {
            id: importId,
            account: input.account,
            seenAt: input.seenAt,
            totals: input.totals,
            counts: input.counts,
            ...(input.followersPartial && { followersPartial: true }),
          },
          now,
        ),
      );
      return { importId };
    },

    'archive.import.chunk': async (input: Input<'archive.import.chunk'>) => {
      const parts = IMPORT_PARTS.filter((part) => input[part] !== undefined);
      const part = parts[0];
      if (!part || parts.length > 1)
        throw new MessageError('malformed', 'A chunk carries exactly one part.', 'bad-input');
      const account = accountOf(input.importId);
      const db = await getDb();
      const fail = (await diskFillsNow(db, account)) ? quotaError : undefined;
      const items = input[part] ?? [];
      const journal = await storing(() =>
        importArchiveChunk(
          db,
          account,
          input.importId,
          { part, offset: input.offset, items } as Parameters<typeof importArchiveChunk>[3],
          Date.now(),
          fail,
        ),
      );
      return { received: items.length, fraction: storedFraction(journal.totals, journal.done) };
    },

    'archive.import.commit': async ({ importId }: Input<'archive.import.commit'>) => {
      const account = accountOf(importId);
      const db = await getDb();
      const result = await storing(() => finishArchiveImport(db, account, importId));
      // The archive's posts may show the sites you link to again and again.
      await learnOwnDomains(db, account).catch(() => {});
      return result;
    },

    'archive.import.status': async () => ({ interrupted: await interruptedImports(await getDb()) }),
  };
}
