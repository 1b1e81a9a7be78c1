import { unwrap } from 'idb';
import type { ArchiveImport, ImportCounts, ImportInteraction } from '@/lib/archive/to-events';
import { addToSummary, emptySummary } from '@/lib/relationships/summary';
import { snowflakeMs } from '@/lib/text/snowflake';
import { handleKey, withDerived } from './contacts';
import type { Database } from './open';
import type { ContactRow, InteractionRow, PostRow } from './schema';

export interface ArchiveImportResult {
  account: { id: string; handle: string };
  imported: ImportCounts;
  added: { contacts: number; posts: number; interactions: number };
}

const accountRange = (account: string) => IDBKeyRange.bound([account], [account, []]);

/**
 * Writes an archive's rows in ONE transaction: all of it lands or none of it does (a full disk
 * aborts the transaction and leaves the database as it was). Merges with what is stored: keys
 * already present are skipped, contacts keep everything they had (notes, tags, handles, earlier
 * first-seen times) and gain the archive's edges and history.
 *
 * The account's existing contacts and keys are read once up front and every write is queued on the
 * raw IDBObjectStore without waiting for the one before (and without a promise per request): 100k
 * followers do not cost 100k round trips. A failed request aborts the transaction; `tx.done` says why.
 */
export async function importArchive(
  db: Database,
  data: ArchiveImport,
  now = Date.now(),
  /** Thrown once every write is queued, before the commit (tests: a disk that fills mid-import). */
  failBeforeCommit?: () => Error,
): Promise<ArchiveImportResult> {
  const a = data.account.id;
  const tx = db.transaction(['accounts', 'contacts', 'interactions', 'posts'], 'readwrite');
  const writes: Promise<unknown>[] = [];
  const raw = {
    contacts: unwrap(tx.objectStore('contacts')),
    interactions: unwrap(tx.objectStore('interactions')),
    posts: unwrap(tx.objectStore('posts')),
  };
  try {
    const contactsStore = tx.objectStore('contacts');
    const [accountRow, existingContacts, interactionKeys, postKeys] = await Promise.all([
      tx.objectStore('accounts').get(a),
      contactsStore.index('byAccount').getAll(a),
      tx.objectStore('interactions').getAllKeys(accountRange(a)),
      tx.objectStore('posts').getAllKeys(accountRange(a)),
    ]);
    const contacts = new Map(existingContacts.map((row) => [row.key, row]));
    const claimedHandles = new Set(
      existingContacts.flatMap((row) => (row.handleLower ? [row.handleLower] : [])),
    );
    const storedInteractions = new Set(interactionKeys.map((k) => k[1]));
    const storedPosts = new Set(postKeys.map((k) => k[1]));
    const touched = new Map<string, ContactRow>();
    const added = { contacts: 0, posts: 0, interactions: 0 };

    writes.push(
      tx.objectStore('accounts').put({
        id: a,
        handle: accountRow?.handle ?? data.account.handle,
        name: accountRow?.name ?? data.account.name,
        firstSeen: Math.min(accountRow?.firstSeen ?? now, now),
        // An archive is not a sign-in: a new account is "never seen on X" (0), so the popup keeps
        // showing the account signed in rather than the archive's by surprise.
        lastSeen: accountRow?.lastSeen ?? 0,
      }),
    );

    const contactFor = (id: string, at: number): ContactRow => {
      let row = touched.get(id) ?? contacts.get(id);
      if (!row) {
        row = { account: a, key: id, id, firstSeen: at, lastSeen: at };
        added.contacts++;
      } else if (!touched.has(id)) {
        row = { ...row };
      }
      row.firstSeen = Math.min(row.firstSeen, at);
      touched.set(id, row);
      return row;
    };

    // Edges. The archive lists them newest first without dates: each gets the archive's time minus
    // its position in ms, so "newest follower first" keeps the archive's order; a time already known
    // (the page saw them earlier) wins.
    const edge = (ids: string[], list: 'followers' | 'following') => {
      ids.forEach((id, i) => {
        const at = data.seenAt - i;
        const row = contactFor(id, at);
        if (list === 'followers') {
          row.followsMe = true;
          delete row.unfollowedAt;
          row.followerFirstSeen = Math.min(row.followerFirstSeen ?? at, at);
          row.followerLastSeen = Math.max(row.followerLastSeen ?? data.seenAt, data.seenAt);
        } else {
          row.iFollow = true;
          row.followingFirstSeen = Math.min(row.followingFirstSeen ?? at, at);
          row.followingLastSeen = Math.max(row.followingLastSeen ?? data.seenAt, data.seenAt);
        }
      });
    };
    edge(data.followers, 'followers');
    edge(data.following, 'following');
    unfollowedSince(data, contacts, contactFor);

    const interactionsStore = raw.interactions;
    const addInteraction = (i: ImportInteraction) => {
      if (i.person === a || storedInteractions.has(i.key)) return;
      storedInteractions.add(i.key);
      const row = contactFor(i.person, i.at);
      row.summary = addToSummary(row.summary ?? emptySummary(), i);
      const stored: InteractionRow = {
        account: a,
        key: i.key,
        contact: i.person,
        kind: i.kind,
        at: i.at,
        ...(i.tweetId && { tweetId: i.tweetId }),
        ...(i.text && { text: i.text }),
      };
      interactionsStore.add(stored);
      added.interactions++;
    };
    for (const i of data.interactions) addInteraction(i);

    // Likes: no author in the archive, so no contact ('' = unknown person; see lib/archive/to-events).
    for (const like of data.likes) {
      const key = `like_out:${like.tweetId}`;
      if (storedInteractions.has(key)) continue;
      storedInteractions.add(key);
      interactionsStore.add({
        account: a,
        key,
        contact: '',
        kind: 'like_out',
        at: snowflakeMs(like.tweetId) ?? data.seenAt,
        tweetId: like.tweetId,
        ...(like.text && { text: like.text }),
      });
      added.interactions++;
    }

    const postsStore = raw.posts;
    for (const p of data.posts) {
      if (storedPosts.has(p.key)) continue;
      storedPosts.add(p.key);
      const row: PostRow = { account: a, ...p, source: 'archive' };
      postsStore.add(row);
      added.posts++;
    }

    // Handles the archive shows, only where they cannot collide: the row has none yet and no other
    // row of this account wears it (handles change hands; the page's newer knowledge wins).
    for (const [id, handle] of Object.entries(data.handles)) {
      const row = touched.get(id);
      const lower = handle.toLowerCase();
      if (!row || row.handle || claimedHandles.has(lower) || contacts.has(handleKey(handle))) continue;
      row.handle = handle;
      row.handleLower = lower;
      claimedHandles.add(lower);
    }

    for (const row of touched.values()) {
      row.lastSeen = Math.max(row.lastSeen, row.firstSeen);
      raw.contacts.put(withDerived(row, now));
    }
    if (failBeforeCommit) throw failBeforeCommit();
    await Promise.all([...writes, tx.done]);
    return { account: { id: a, handle: data.account.handle }, imported: data.counts, added };
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
    await Promise.allSettled([...writes, tx.done]);
    throw error;
  }
}

/**
 * A follower the archive no longer lists has unfollowed: unless the page saw them following after
 * the archive was made, they stop being a follower (`followsMe` false, `unfollowedAt` the archive's
 * time), keep their history and leave the unmet list. An archive without any follower (its part
 * missing or unreadable) says nothing about who left.
 */
function unfollowedSince(
  data: ArchiveImport,
  stored: ReadonlyMap<string, ContactRow>,
  contactFor: (id: string, at: number) => ContactRow,
) {
  if (data.followers.length === 0) return;
  const listed = new Set(data.followers);
  for (const row of stored.values()) {
    if (!row.followsMe || listed.has(row.key) || (row.followerLastSeen ?? 0) >= data.seenAt) continue;
    const next = contactFor(row.key, row.firstSeen);
    next.followsMe = false;
    next.unfollowedAt = data.seenAt;
  }
}
