import { TRANSFER_STORES, type TransferStore } from './export-rows';
import type { Database } from './open';
import type { ContactRow } from './schema';

/** Most rows and characters of JSON one page of an export carries: far under any message cap. */
export const EXPORT_PAGE = { rows: 2_000, chars: 4_000_000 } as const;

const accountRange = (account: string) => IDBKeyRange.bound([account], [account, []]);
const afterRange = (account: string, after: string) =>
  IDBKeyRange.bound([account, after], [account, []], true);

/** The account row and how many rows each store holds for it: the export's first line and its progress bar. */
export async function exportHeader(db: Database, account: string) {
  const tx = db.transaction(['accounts', ...TRANSFER_STORES], 'readonly');
  const row = await tx.objectStore('accounts').get(account);
  if (!row) throw new Error(`Dinner Table has no data for this account (${account}).`);
  const { unmetCount: _derived, ...accountRow } = row;
  const counts = {} as Record<TransferStore, number>;
  for (const store of TRANSFER_STORES)
    counts[store] = await tx.objectStore(store).count(accountRange(account));
  return { account: accountRow, counts };
}

/** What a contact row derives from its history and the user's choices: recomputed on import, never exported. */
function withoutDerived(row: ContactRow) {
  const { summary, stage, unmet, engagedMe, dueAt, dueReason, handleLower, ...kept } = row;
  return kept;
}

/**
 * One page of one store's rows, in key order after `after`: at most EXPORT_PAGE rows and about
 * EXPORT_PAGE characters of JSON (always at least one row). `next` is where the following page
 * starts; absent when the store is done.
 */
export async function exportPage(
  db: Database,
  account: string,
  store: TransferStore,
  after?: string,
  limits: { rows: number; chars: number } = EXPORT_PAGE,
): Promise<{ rows: unknown[]; next?: string }> {
  const range = after === undefined ? accountRange(account) : afterRange(account, after);
  const found = await db.getAll(store, range, limits.rows);
  const rows: unknown[] = [];
  let chars = 0;
  for (const row of found) {
    const out = store === 'contacts' ? withoutDerived(row as ContactRow) : row;
    chars += JSON.stringify(out).length;
    if (rows.length > 0 && chars > limits.chars) break;
    rows.push(out);
  }
  const more = rows.length < found.length || found.length === limits.rows;
  const last = found[rows.length - 1];
  return { rows, ...(more && last && { next: last.key }) };
}
