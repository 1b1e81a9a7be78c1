import type { Candidate } from '@/lib/relationships/handful';
import { MEETING_KINDS } from '@/lib/relationships/handful';
import { UNMET } from '@/lib/relationships/summary';
import type { Database } from './open';
import type { ContactRow, NudgeRow, PostRow } from './schema';

/** The popup's reads (Today, Balance). Read-only; the writers stay in record.ts and contact-update.ts. */

const unmetRange = (account: string) =>
  IDBKeyRange.bound([account, UNMET.yes, -Infinity], [account, UNMET.yes, Infinity]);

/** Every unmet follower, reduced to what the pick needs. One getAll over the byUnmet index. */
export async function unmetCandidates(db: Database, account: string): Promise<Candidate[]> {
  const rows = await db.getAllFromIndex('contacts', 'byUnmet', unmetRange(account));
  return rows.map((row) => ({
    key: row.key,
    ...(row.engagedMe && { engagedMe: row.engagedMe }),
    ...(row.iFollow && { iFollow: true }),
    ...(row.followerFirstSeen !== undefined && { followerSince: row.followerFirstSeen }),
  }));
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
