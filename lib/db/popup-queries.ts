import { isDueNow } from '@/lib/relationships/due';
import type { Candidate } from '@/lib/relationships/handful';
import { MEETING_KINDS } from '@/lib/relationships/handful';
import { UNMET } from '@/lib/relationships/summary';
import type { Database } from './open';
import type { ContactRow, NudgeRow, PostRow } from './schema';

/** The popup's reads (Today, Balance). Read-only; the writers stay in record.ts and contact-update.ts. */

const unmetRange = (account: string) =>
  IDBKeyRange.bound([account, UNMET.yes, -Infinity], [account, UNMET.yes, Infinity]);

const toCandidate = (row: ContactRow): Candidate => ({
  key: row.key,
  ...(row.engagedMe && { engagedMe: row.engagedMe }),
  ...(row.iFollow && { iFollow: true }),
  ...(row.followerFirstSeen !== undefined && { followerSince: row.followerFirstSeen }),
});

/** What they did toward you that puts them first in the handful (as summary.ts's ENGAGED_ME). */
const ENGAGING = new Set(['reply_in', 'mention_in', 'quote_in', 'like_in', 'repost_in', 'dm_in']);

/**
 * The pool today's handful is picked from, without reading 100k rows: every unmet follower's key
 * (keys only, cheap), of which the `sample` ranked first by `rank` (a hash of the day and the key)
 * are read; plus the `newest` unmet followers, plus whoever engaged with you in the last `days`
 * days (from the newest interactions). `total` is the number of unmet followers.
 */
export async function candidatePool(
  db: Database,
  account: string,
  {
    rank,
    sample = 200,
    newest = 40,
    days = 7,
    recentLimit = 2000,
    engagers = 150,
    now = Date.now(),
  }: {
    rank: (key: string) => number;
    sample?: number;
    newest?: number;
    days?: number;
    recentLimit?: number;
    engagers?: number;
    now?: number;
  },
): Promise<{ total: number; candidates: Candidate[] }> {
  const range = unmetRange(account);
  const primaryKeys = await db.getAllKeysFromIndex('contacts', 'byUnmet', range);
  const keys = new Set<string>();
  const ranked = primaryKeys.map(([, key]) => ({ key, r: rank(key) }));
  ranked.sort((a, b) => a.r - b.r);
  for (const { key } of ranked.slice(0, sample)) keys.add(key);

  let cursor = await db.transaction('contacts').store.index('byUnmet').openCursor(range, 'prev');
  for (let n = 0; cursor && n < newest; n++) {
    keys.add(cursor.value.key);
    cursor = await cursor.continue();
  }

  const recent = await db.getAllFromIndex(
    'interactions',
    'byAccountAt',
    IDBKeyRange.bound([account, now - days * 86_400_000], [account, Infinity]),
    recentLimit,
  );
  // Newest first, at most `engagers` people: each is one read below.
  const seen = new Set<string>();
  for (let i = recent.length - 1; i >= 0 && seen.size < engagers; i--) {
    const row = recent[i];
    if (row && ENGAGING.has(row.kind)) seen.add(row.contact);
  }
  for (const key of seen) keys.add(key);

  const rows = await contactsByKey(db, account, [...keys]);
  // Someone owed a reply is in Keep talking, above the handful: not a second time in it.
  const candidates = rows
    .filter((row): row is ContactRow => row?.unmet === 1 && !isDueNow(row, now))
    .map(toCandidate);
  return { total: primaryKeys.length, candidates };
}

export async function contactsByKey(
  db: Database,
  account: string,
  keys: readonly string[],
): Promise<(ContactRow | undefined)[]> {
  const tx = db.transaction('contacts');
  return Promise.all(keys.map((key) => tx.store.get([account, key])));
}

/** The first time since `since` you replied to, mentioned or wrote to this contact, if you did. */
export async function metSince(
  db: Database,
  account: string,
  contact: string,
  since: number,
): Promise<number | undefined> {
  const range = IDBKeyRange.bound([account, contact, since], [account, contact, Infinity]);
  const rows = await db.getAllFromIndex('interactions', 'byContact', range);
  return rows.find((row) => MEETING_KINDS.has(row.kind))?.at;
}

export async function postsSince(db: Database, account: string, since: number): Promise<PostRow[]> {
  return db.getAllFromIndex('posts', 'byAccountAt', IDBKeyRange.bound([account, since], [account, Infinity]));
}

export async function nudgesSince(db: Database, account: string, since: number): Promise<NudgeRow[]> {
  return db.getAllFromIndex(
    'nudges',
    'byAccountAt',
    IDBKeyRange.bound([account, since], [account, Infinity]),
  );
}
