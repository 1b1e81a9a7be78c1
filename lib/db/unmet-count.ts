import { UNMET } from '@/lib/relationships/summary';
import type { WriteTx } from './batch-store';
import type { Database } from './open';

const range = (account: string) =>
  IDBKeyRange.bound([account, UNMET.yes, -Infinity], [account, UNMET.yes, Infinity]);

/** Adds `delta` to the account's stored count of unmet followers, when the count is known. */
export async function adjustUnmetCount(tx: Pick<WriteTx, 'objectStore'>, account: string, delta: number) {
  if (delta === 0) return;
  const row = await tx.objectStore('accounts').get(account);
  if (row?.unmetCount !== undefined)
    await tx.objectStore('accounts').put({ ...row, unmetCount: row.unmetCount + delta });
}

/** The number of unmet followers: the stored count, or counted once (slow at 100k) and stored. */
export async function unmetCount(db: Database, account: string): Promise<number> {
  const row = await db.get('accounts', account);
  if (row?.unmetCount !== undefined) return row.unmetCount;
  const tx = db.transaction(['accounts', 'contacts'], 'readwrite');
  const counted = await tx.objectStore('contacts').index('byUnmet').count(range(account));
  const current = await tx.objectStore('accounts').get(account);
  if (current) await tx.objectStore('accounts').put({ ...current, unmetCount: counted });
  await tx.done;
  return counted;
}
