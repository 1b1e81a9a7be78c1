import type { Stage } from '@/lib/relationships/stage';
import { UNMET } from '@/lib/relationships/summary';
import { withDerived } from './contacts';
import type { Database } from './open';
import type { ContactRow } from './schema';
import { adjustUnmetCount, unmetCount } from './unmet-count';

export type ContactSort = 'newest' | 'engaged' | 'longest' | 'recent';

export interface ContactQuery {
  unmetOnly?: boolean;
  stages?: Stage[];
  followsMe?: boolean;
  iFollow?: boolean;
  engagedMe?: boolean;
  /** Matched in handle, name and bio, case-insensitively. */
  search?: string;
  sort?: ContactSort;
  offset?: number;
  limit?: number;
}

const bound = (account: string, flag: number) =>
  IDBKeyRange.bound([account, flag, -Infinity], [account, flag, Infinity]);

/** Snoozes that ran out make their followers unmet again. A handful of rows, checked per query. */
export async function wakeSnoozed(db: Database, account: string, now = Date.now()) {
  const snoozed = await db.getAllFromIndex('contacts', 'byUnmet', bound(account, UNMET.snoozed));
  const due = snoozed.filter((row) => (row.snoozedUntil ?? 0) <= now);
  if (due.length === 0) return;
  const tx = db.transaction(['accounts', 'contacts'], 'readwrite');
  let woken = 0;
  for (const row of due) {
    const next = withDerived(row, now);
    if (next.unmet === UNMET.yes) woken++;
    await tx.objectStore('contacts').put(next);
  }
  await adjustUnmetCount(tx, account, woken);
  await tx.done;
}

/**
 * One page of contacts. The common case, unmet followers newest or oldest first without search,
 * walks the `byUnmet` index and reads only the page; anything else filters the account's rows.
 */
export async function listContacts(db: Database, account: string, query: ContactQuery = {}) {
  const { sort = 'newest', offset = 0, limit = 50 } = query;
  await wakeSnoozed(db, account);
  const simple =
    query.unmetOnly &&
    !query.search &&
    !query.stages &&
    query.followsMe === undefined &&
    query.iFollow === undefined &&
    !query.engagedMe;
  if (simple && (sort === 'newest' || sort === 'longest')) {
    const range = bound(account, UNMET.yes);
    const total = await unmetCount(db, account);
    const rows: ContactRow[] = [];
    let cursor = await db
      .transaction('contacts')
      .store.index('byUnmet')
      .openCursor(range, sort === 'newest' ? 'prev' : 'next');
    if (cursor && offset) cursor = await cursor.advance(offset);
    while (cursor && rows.length < limit) {
      rows.push(cursor.value);
      cursor = await cursor.continue();
    }
    return { total, rows };
  }

  const source = query.unmetOnly
    ? await db.getAllFromIndex('contacts', 'byUnmet', bound(account, UNMET.yes))
    : await db.getAll('contacts', IDBKeyRange.bound([account], [account, []]));
  const needle = query.search?.trim().toLowerCase();
  const matches = source.filter(
    (row) =>
      (!query.stages || query.stages.includes(row.stage ?? 'stranger')) &&
      (query.followsMe === undefined || Boolean(row.followsMe) === query.followsMe) &&
      (query.iFollow === undefined || Boolean(row.iFollow) === query.iFollow) &&
      (!query.engagedMe || (row.engagedMe ?? 0) > 0) &&
      (!needle || [row.handle, row.name, row.bio].some((field) => field?.toLowerCase().includes(needle))),
  );
  matches.sort(COMPARE[sort]);
  return { total: matches.length, rows: matches.slice(offset, offset + limit) };
}

const since = (row: ContactRow) => row.followerFirstSeen ?? row.firstSeen;
const COMPARE: Record<ContactSort, (a: ContactRow, b: ContactRow) => number> = {
  newest: (a, b) => since(b) - since(a),
  longest: (a, b) => since(a) - since(b),
  engaged: (a, b) => (b.engagedMe ?? 0) - (a.engagedMe ?? 0) || since(b) - since(a),
  recent: (a, b) => (b.summary?.lastAt ?? 0) - (a.summary?.lastAt ?? 0),
};
