import { isDueNow } from '@/lib/relationships/due';
import type { Candidate } from '@/lib/relationships/handful';
import { MEETING_KINDS } from '@/lib/relationships/handful';
import { ACTIVE_OUT } from '@/lib/relationships/stage';
import { UNMET } from '@/lib/relationships/summary';
import { fnv1a } from '@/lib/text/fnv1a';
import type { Database } from './open';
import type { ContactRow, NudgeRow, PostRow } from './schema';
import { unmetCount } from './unmet-count';

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
 * The pool today's handful is picked from, without reading 100k rows: `sample` unmet followers'
 * keys read in `windows` runs of the byUnmet index that start at offsets drawn from the day (`seed`,
 * e.g. the local date), so each day samples other followers and the same ones all day; plus the
 * `newest` unmet followers, plus whoever engaged with you in the last `days` days (from the newest
 * interactions). `total` is the number of unmet followers (the stored count, not a scan).
 */
export async function candidatePool(
  db: Database,
  account: string,
  {
    seed,
    sample = 200,
    windows = 8,
    newest = 40,
    days = 7,
    recentLimit = 2000,
    engagers = 150,
    now = Date.now(),
  }: {
    seed: string;
    sample?: number;
    windows?: number;
    newest?: number;
    days?: number;
    recentLimit?: number;
    engagers?: number;
    now?: number;
  },
): Promise<{ total: number; candidates: Candidate[] }> {
  const range = unmetRange(account);
  const total = await unmetCount(db, account);
  const keys = new Set(await sampleUnmetKeys(db, account, total, { seed, sample, windows }));

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
  return { total, candidates };
}

/**
 * Up to `sample` primary keys of the account's unmet followers, in `windows` runs: each run seeks
 * to a follow time drawn from `seed` between the earliest and the latest (an index seek, not a
 * skip over the keys before it) and takes the next keys, wrapping at the end. Reads about `sample`
 * keys whatever the number of followers.
 */
export async function sampleUnmetKeys(
  db: Database,
  account: string,
  total: number,
  { seed, sample, windows }: { seed: string; sample: number; windows: number },
): Promise<string[]> {
  const range = unmetRange(account);
  const index = db.transaction('contacts').store.index('byUnmet');
  const keys = new Set<string>();
  if (total <= sample) {
    for (const [, key] of await index.getAllKeys(range)) keys.add(key);
    return [...keys];
  }
  const first = (await index.openKeyCursor(range))?.key[2];
  const last = (await index.openKeyCursor(range, 'prev'))?.key[2];
  if (first === undefined || last === undefined) return [];
  const per = Math.ceil(sample / windows);
  for (let w = 0; w < windows && keys.size < sample; w++) {
    const at = first + ((last - first) * fnv1a(`${seed}|${w}`)) / 2 ** 32;
    let cursor = await index.openKeyCursor(
      IDBKeyRange.bound([account, UNMET.yes, at], [account, UNMET.yes, Infinity]),
    );
    let taken = 0;
    let wrapped = false;
    while (taken < per && keys.size < sample) {
      if (!cursor) {
        // Past the end: the run wraps to the start of the range (once).
        if (wrapped) break;
        wrapped = true;
        cursor = await index.openKeyCursor(range);
        if (!cursor) break;
      }
      const [, key] = cursor.primaryKey;
      if (!keys.has(key)) taken++;
      keys.add(key);
      cursor = await cursor.continue();
    }
  }
  return [...keys];
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

/**
 * How many followers you met since `since` (replied to, mentioned or wrote to) who were unmet until
 * then: nothing you said to them before `since` (their summary counts no more of your words than
 * today's), not met in person, not set aside. `skip` are counted elsewhere (the day's picks).
 */
export async function unmetMetSince(
  db: Database,
  account: string,
  since: number,
  skip: ReadonlySet<string>,
): Promise<number> {
  const rows = await db.getAllFromIndex(
    'interactions',
    'byAccountAt',
    IDBKeyRange.bound([account, since], [account, Infinity]),
  );
  const saidToday = new Map<string, number>();
  const metToday = new Set<string>();
  for (const row of rows) {
    if (skip.has(row.contact) || !ACTIVE_OUT.has(row.kind)) continue;
    saidToday.set(row.contact, (saidToday.get(row.contact) ?? 0) + 1);
    if (MEETING_KINDS.has(row.kind)) metToday.add(row.contact);
  }
  if (metToday.size === 0) return 0;
  const contacts = await contactsByKey(db, account, [...metToday]);
  return contacts.filter((c) => {
    if (!c?.followsMe || c.metInPerson || c.hiddenAt) return false;
    const counts = c.summary?.counts ?? {};
    let saidEver = 0;
    for (const kind of ACTIVE_OUT) saidEver += counts[kind] ?? 0;
    return saidEver <= (saidToday.get(c.key) ?? 0);
  }).length;
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
