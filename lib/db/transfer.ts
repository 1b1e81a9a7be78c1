import { z } from 'zod/mini';
import type { Database } from './open';
import { STORE_NAMES, type StoreName } from './schema';

export const EXPORT_FORMAT = 'dinner-table-export';
export const EXPORT_VERSION = 1;

const Row = z.looseObject({ account: z.string(), key: z.string() });
const ExportFile = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.number(),
  account: z.looseObject({ id: z.string(), handle: z.string() }),
  contacts: z.array(Row),
  interactions: z.array(Row),
  posts: z.array(Row),
  nudges: z.array(Row),
});

type KeyedStore = Exclude<StoreName, 'accounts'>;
const KEYED: KeyedStore[] = ['contacts', 'interactions', 'posts', 'nudges'];
const accountRange = (account: string) => IDBKeyRange.bound([account], [account, []]);

/** Everything one account holds, as versioned JSON. */
export async function exportAccount(db: Database, account: string): Promise<string> {
  const tx = db.transaction(STORE_NAMES, 'readonly');
  const accountRow = await tx.objectStore('accounts').get(account);
  if (!accountRow) throw new Error(`No data for account ${account}.`);
  const file: Record<string, unknown> = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: Date.now(),
    account: accountRow,
  };
  for (const store of KEYED) file[store] = await tx.objectStore(store).getAll(accountRange(account));
  return JSON.stringify(file);
}

/**
 * Merges an export into the database: rows already present stay as they are (so importing the
 * same file twice changes nothing), new rows are added. All or nothing, in one transaction.
 */
export async function importExport(db: Database, json: string): Promise<Record<string, number>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new Error('This file is not JSON. Choose a file exported by Dinner Table.');
  }
  const result = ExportFile.safeParse(parsed);
  if (!result.success)
    throw new Error('This file is not a Dinner Table export (or is from a newer version).');
  const file = result.data;
  const account = file.account.id;
  const tx = db.transaction(STORE_NAMES, 'readwrite');
  if (!(await tx.objectStore('accounts').get(account))) {
    await tx.objectStore('accounts').put({
      id: account,
      handle: file.account.handle,
      firstSeen: Number(file.account.firstSeen) || file.exportedAt,
      lastSeen: Number(file.account.lastSeen) || file.exportedAt,
    });
  }
  // New contacts change how many followers are unmet: forget the stored count, the next list recounts.
  const accountRow = await tx.objectStore('accounts').get(account);
  if (accountRow?.unmetCount !== undefined) {
    const { unmetCount: _stale, ...rest } = accountRow;
    await tx.objectStore('accounts').put(rest);
  }
  const imported: Record<string, number> = {};
  for (const store of KEYED) {
    imported[store] = 0;
    const os = tx.objectStore(store);
    for (const row of file[store]) {
      if (row.account !== account) continue;
      if (await os.getKey([account, row.key])) continue;
      // biome-ignore lint/suspicious/noExplicitAny: rows were shape-checked by their key fields; the store keeps them as exported.
      await os.add(row as any);
      imported[store]++;
    }
  }
  await tx.done;
  return imported;
}

/** Deletes every row of one account. */
export async function wipeAccount(db: Database, account: string): Promise<number> {
  const tx = db.transaction(STORE_NAMES, 'readwrite');
  let deleted = 0;
  for (const store of KEYED) {
    const os = tx.objectStore(store);
    deleted += await os.count(accountRange(account));
    await os.delete(accountRange(account));
  }
  if (await tx.objectStore('accounts').getKey(account)) {
    await tx.objectStore('accounts').delete(account);
    deleted++;
  }
  await tx.done;
  return deleted;
}

export async function countRows(db: Database, account?: string): Promise<Record<string, number>> {
  const tx = db.transaction(STORE_NAMES, 'readonly');
  const counts: Record<string, number> = {};
  for (const store of KEYED) {
    counts[store] = await tx.objectStore(store).count(account ? accountRange(account) : undefined);
  }
  counts.accounts = await tx.objectStore('accounts').count();
  return counts;
}
