import type { PageEvent } from '@/lib/messages/schemas';
import type { BatchStore } from './batch-store';
import { withDerived } from './contacts';
import type { ContactRow } from './schema';

type ListEnd = Extract<PageEvent, { type: 'list-end' }>;

/**
 * Your followers list was read from its top to its real end in one visit: a follower it did not
 * list has unfollowed. They stop being a follower (`followsMe` false, `unfollowedAt` set), keep
 * their history and notes, and leave the unmet list; seeing them follow again brings them back.
 * Someone seen following since the visit began (another tab, the archive) is left alone, and a
 * row without an id is never marked (the list names people by id).
 */
export async function markUnfollowed(store: BatchStore, event: ListEnd, now: number): Promise<number> {
  const listed = new Set(event.listed);
  const a = store.account;
  const candidates: string[] = [];
  const range = IDBKeyRange.bound([a], [a, []]);
  for (
    let cursor = await store.tx.objectStore('contacts').openCursor(range);
    cursor;
    cursor = await cursor.continue()
  ) {
    const row = cursor.value;
    if (row.followsMe && row.id && !listed.has(row.id)) candidates.push(row.key);
  }
  let marked = 0;
  for (const key of candidates) {
    // The batch's own earlier events may have changed the row: judge its latest state.
    const row = await store.contact(key);
    if (!row || !leftSince(row, listed, event.since)) continue;
    store.putContact(withDerived({ ...row, followsMe: false, unfollowedAt: now }, now));
    marked++;
  }
  return marked;
}

function leftSince(row: ContactRow, listed: ReadonlySet<string>, since: number) {
  return Boolean(row.followsMe && row.id && !listed.has(row.id) && (row.followerLastSeen ?? 0) < since);
}
