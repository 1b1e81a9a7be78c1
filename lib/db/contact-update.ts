import type { Input } from '@/lib/messages/protocol';
import { BatchStore } from './batch-store';
import { upsertContact, withDerived } from './contacts';
import type { Database } from './open';
import type { ContactRow } from './schema';
import { STORE_NAMES } from './schema';
import { adjustUnmetCount } from './unmet-count';

type Update = Input<'contact.update'>;

/**
 * The user's own words and choices about a person: notes, tags, met in person, hidden, snoozed.
 * A person not yet known is created first, so a note written on a first visit is kept (by id
 * when the page gave one, so it survives a handle change).
 */
export async function updateContact(
  db: Database,
  { account, person, handle, patch }: Update,
): Promise<ContactRow> {
  const tx = db.transaction(STORE_NAMES, 'readwrite');
  const now = Date.now();
  const who = person.startsWith('id:')
    ? { id: person.slice(3), ...(handle && { handle }) }
    : { handle: person };
  const store = new BatchStore(tx, account);
  const row = await upsertContact(store, who, now);
  const next: ContactRow = { ...row };
  if (patch.notes !== undefined) next.notes = patch.notes;
  if (patch.tags !== undefined) next.tags = [...new Set(patch.tags.map((t) => t.trim()).filter(Boolean))];
  if (patch.metInPerson !== undefined) next.metInPerson = patch.metInPerson || undefined;
  if (patch.hidden !== undefined) next.hiddenAt = patch.hidden ? now : undefined;
  if (patch.snoozedUntil !== undefined) next.snoozedUntil = patch.snoozedUntil ?? undefined;
  const saved = withDerived(next, now);
  store.putContact(saved);
  await store.flush();
  await adjustUnmetCount(tx, account, store.unmetDelta);
  await tx.done;
  return saved;
}
