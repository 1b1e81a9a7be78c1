import type { Database } from './open';
import { STORE_NAMES, type StoreName } from './schema';

type KeyedStore = Exclude<StoreName, 'accounts' | 'talk'>;
const KEYED: KeyedStore[] = ['contacts', 'interactions', 'posts', 'nudges'];
const accountRange = (account: string) => IDBKeyRange.bound([account], [account, []]);

/** Deletes every row of one account. */
export async function wipeAccount(db: Database, account: string): Promise<number> {
  const tx = db.transaction(STORE_NAMES, 'readwrite');
  let deleted = 0;
  for (const store of KEYED) {
    const os = tx.objectStore(store);
    deleted += await os.count(accountRange(account));
    await os.delete(accountRange(account));
  }
  // The week's tally is derived from the interactions: it goes with them, and is not counted as rows.
  await tx.objectStore('talk').delete(accountRange(account));
  if (await tx.objectStore('accounts').getKey(account)) {
    await tx.objectStore('accounts').delete(account);
    deleted++;
  }
  await tx.done;
  return deleted;
}

export async function countRows(db: Database, account?: string): Promise<Record<string, number>> {
  const tx = db.transaction(['accounts', ...KEYED], 'readonly');
  const counts: Record<string, number> = {};
  for (const store of KEYED) {
    counts[store] = await tx.objectStore(store).count(account ? accountRange(account) : undefined);
  }
  counts.accounts = await tx.objectStore('accounts').count();
  return counts;
}
