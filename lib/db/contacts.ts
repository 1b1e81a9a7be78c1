import type { Person } from '@/lib/messages/schemas';
import { dueAtOf } from '@/lib/relationships/due';
import { derive, summarize } from '@/lib/relationships/summary';
import type { BatchStore } from './batch-store';
import type { ContactRow } from './schema';

export const handleKey = (handle: string) => `@${handle.toLowerCase()}`;

/**
 * Finds or creates the contact for a person and folds in what the page showed. Keys follow the
 * person's numeric id once known: a handle-only row merges into the id row (its interactions move
 * along), and a handle now worn by another id is taken off the old row (handles change hands).
 */
export async function upsertContact(store: BatchStore, person: Person, at: number): Promise<ContactRow> {
  const account = store.account;
  const handleLower = person.handle?.toLowerCase();
  const byHandle = handleLower ? await store.contactByHandle(handleLower) : undefined;

  let row: ContactRow | undefined;
  if (person.id) {
    row = await store.contact(person.id);
    if (byHandle && byHandle.key !== person.id) {
      if (byHandle.id) {
        // The handle moved from another account to this one: the old row forgets it.
        store.putContact({ ...byHandle, handle: undefined, handleLower: undefined });
      } else {
        row = mergeRows(row, byHandle, person.id);
        row.summary = await moveInteractions(store, byHandle.key, person.id);
        store.deleteContact(byHandle.key);
      }
    }
  } else {
    row = byHandle;
  }

  const key = person.id ?? row?.key ?? handleKey(person.handle ?? '');
  const merged: ContactRow = {
    ...row,
    account,
    key,
    ...(person.id && { id: person.id }),
    ...(person.handle && { handle: person.handle, handleLower }),
    ...(person.name !== undefined && { name: person.name }),
    ...(person.bio !== undefined && { bio: person.bio }),
    ...(person.url !== undefined && { url: person.url }),
    ...(person.followsMe !== undefined && { followsMe: person.followsMe }),
    ...(person.iFollow !== undefined && { iFollow: person.iFollow }),
    firstSeen: Math.min(row?.firstSeen ?? at, at),
    lastSeen: Math.max(row?.lastSeen ?? at, at),
  };
  // Seen following again: no longer "unfollowed" (the history stayed all along).
  if (person.followsMe) delete merged.unfollowedAt;
  const next = withDerived(merged);
  store.putContact(next);
  return next;
}

/** The row with its derived fields (stage, unmet, engagedMe, dueAt) brought up to date. */
export function withDerived(row: ContactRow, now = Date.now()): ContactRow {
  const next: ContactRow = { ...row, ...derive(row, now) };
  const due = dueAtOf(next);
  // Absent, not undefined-valued: a row without dueAt stays out of the byDue index.
  delete next.dueAt;
  delete next.dueReason;
  return due ? { ...next, dueAt: due.at, dueReason: due.reason } : next;
}

function mergeRows(idRow: ContactRow | undefined, handleRow: ContactRow, id: string): ContactRow {
  const merged: ContactRow = { ...handleRow, ...idRow, key: id, id };
  merged.firstSeen = Math.min(idRow?.firstSeen ?? Number.POSITIVE_INFINITY, handleRow.firstSeen);
  merged.lastSeen = Math.max(idRow?.lastSeen ?? 0, handleRow.lastSeen);
  merged.notes = [idRow?.notes, handleRow.notes].filter(Boolean).join('\n') || undefined;
  merged.tags = [...new Set([...(idRow?.tags ?? []), ...(handleRow.tags ?? [])])];
  merged.metInPerson = Boolean(idRow?.metInPerson || handleRow.metInPerson) || undefined;
  return merged;
}

/** Moves one contact's interactions to another and returns the merged history's summary. */
async function moveInteractions(store: BatchStore, from: string, to: string) {
  const account = store.account;
  store.forgetInteractions();
  const index = store.tx.objectStore('interactions').index('byContact');
  const range = IDBKeyRange.bound([account, from, -Infinity], [account, from, Infinity]);
  for (let cursor = await index.openCursor(range); cursor; cursor = await cursor.continue()) {
    await cursor.update({ ...cursor.value, contact: to });
  }
  // Their talk is now one history: its tally is recounted (facts keep their keys, so none is left behind).
  store.talk.recount(to);
  return summarize(await index.getAll(IDBKeyRange.bound([account, to, -Infinity], [account, to, Infinity])));
}
